// Search filters ⇄ URL query: the screen's state lives in the address, so a search can be shared,
// bookmarked and reached with back/forward. The URL parameters are the API's own names.
import { queryString } from '../api';
import { QUESTION_TYPES, STATUSES } from './types';

type Kind = 'text' | 'int' | 'bool' | readonly string[];
type ValueOf<K> = K extends 'text' ? string : K extends 'int' ? number | null : K extends 'bool' ? boolean : K extends readonly (infer E)[] ? E | null : never;

export type FilterSpec = Record<string, Kind>;
export type Filters<S extends FilterSpec> = { [P in keyof S]: ValueOf<S[P]> };

const MAX_TEXT = 200;

export const LOOKUP_FILTERS = {
  q: 'text',
  document: 'text',
  article: 'int',
  type: QUESTION_TYPES,
  difficulty: ['1', '2', '3'],
  tag: 'text',
  page: 'int',
} as const satisfies FilterSpec;

export const BANK_FILTERS = {
  ...LOOKUP_FILTERS,
  status: STATUSES,
  needsReview: 'bool',
  mine: 'bool',
} as const satisfies FilterSpec;

export type LookupFilters = Filters<typeof LOOKUP_FILTERS>;
export type BankFilters = Filters<typeof BANK_FILTERS>;

/** Reads the filters from a query; anything malformed becomes "no filter". */
export function readFilters<S extends FilterSpec>(spec: S, query: URLSearchParams): Filters<S> {
  const out: Record<string, unknown> = {};
  for (const [name, kind] of Object.entries(spec)) {
    const raw = query.get(name);
    if (kind === 'text') out[name] = (raw ?? '').trim().slice(0, MAX_TEXT);
    else if (kind === 'int') out[name] = raw !== null && /^\d{1,6}$/.test(raw.trim()) && Number(raw) >= 1 ? Number(raw) : null;
    else if (kind === 'bool') out[name] = raw === 'true';
    else out[name] = raw !== null && kind.includes(raw) ? raw : null;
  }
  return out as Filters<S>;
}

/** The query for the filters: empty ones left out, page 1 left out. "" when nothing is set. */
export function writeFilters(filters: Record<string, string | number | boolean | null>): string {
  const { page, ...rest } = filters;
  return queryString({ ...rest, page: typeof page === 'number' && page > 1 ? page : null });
}

/** The filters with a change; any change other than the page goes back to page 1. */
export function changeFilters<F extends { page: number | null }>(filters: F, change: Partial<F>): F {
  return { ...filters, page: null, ...change };
}

/** Whether any filter other than the page is set. */
export function hasFilters(filters: Record<string, string | number | boolean | null>): boolean {
  return Object.entries(filters).some(([name, value]) => name !== 'page' && value !== null && value !== '' && value !== false);
}

/** The API query for a page of results: the same names, plus the page size. */
export function apiQuery(filters: Record<string, string | number | boolean | null>, size: number): string {
  return queryString({ ...filters, page: filters.page ?? 1, size });
}

/** What GET /api/exports takes of the bank filters (it has no page, "needs review" or "mine"). */
export function exportQuery(filters: BankFilters): string {
  const { q, status, type, tag, document, article, difficulty } = filters;
  return queryString({ q, status, type, tag, document, article, difficulty }).replace(/^\?/, '');
}
