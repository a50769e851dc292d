// The filters of the reader's list of documents, kept in the address (?q=&kind=&field=&status=).
import { fold } from '../text/fold';
import type { LawDocument } from './types';

export interface ListFilters {
  q: string;
  kind: string;
  field: string;
  status: string;
}

export function readListFilters(query: URLSearchParams): ListFilters {
  return { q: query.get('q') ?? '', kind: query.get('kind') ?? '', field: query.get('field') ?? '', status: query.get('status') ?? '' };
}

export function writeListFilters(filters: ListFilters): string {
  const params = new URLSearchParams();
  for (const key of ['q', 'kind', 'field', 'status'] as const) if (filters[key]) params.set(key, filters[key]);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Whether a document passes the filters: every word typed in its name or number, marks and case aside. */
export function matchesDocument(d: LawDocument, f: ListFilters): boolean {
  if (f.kind && d.kind !== f.kind) return false;
  if (f.field && !d.fields.some((x) => fold(x) === fold(f.field))) return false;
  if (f.status && d.status !== f.status) return false;
  const haystack = fold(`${d.name} ${d.number}`);
  return fold(f.q)
    .split(' ')
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}
