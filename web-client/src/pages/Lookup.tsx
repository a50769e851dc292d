import { useState } from 'preact/hooks';
import { namesOf, useRegistry } from '../bank/documents';
import { apiQuery, changeFilters, hasFilters, LOOKUP_FILTERS, readFilters, writeFilters, type LookupFilters } from '../bank/filters';
import type { Page, PublicQuestion } from '../bank/types';
import { ErrorNotice } from '../components/ErrorNotice';
import { Pager } from '../components/Pager';
import { QuestionFilters } from '../components/QuestionFilters';
import { t } from '../i18n';
import { navigate, type RouteProps } from '../router';
import { useApi } from '../useApi';
import { LookupArticle } from './LookupArticle';
import { LookupResult } from './LookupResult';

const SIZE = 10;

/** The question a permanent address (/lookup?id=…) names, or null. */
function questionId(query: URLSearchParams): number | null {
  const id = Number(query.get('id'));
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}

/**
 * The public lookup: approved questions with their answers, explanations and the law; no sign-in.
 * The results come first (on a phone the filters would push them below the fold); the search and
 * filters are folded away after them, open when nothing is searched yet.
 */
export function Lookup({ location }: RouteProps) {
  const filters = readFilters(LOOKUP_FILTERS, location.query);
  const id = questionId(location.query);
  const registry = useRegistry();
  const names = namesOf(registry.items);
  const result = useApi<Page<PublicQuestion>>(
    id ? `/api/public/questions?id=${id}` : `/api/public/questions${apiQuery(filters, SIZE)}`,
  );
  const page = result.data;
  const searched = id !== null || hasFilters(filters);
  const [open, setOpen] = useState(!searched);

  const change = (patch: Partial<LookupFilters>) =>
    navigate(`/lookup${writeFilters(changeFilters(filters, patch))}`, { replace: patch.q !== undefined, keepFocus: true });

  return (
    <section class="page">
      <h1 tabIndex={-1}>{t('lookup.title')}</h1>
      <p class="lead">{t('lookup.intro')}</p>
      {searched ? (
        <p>
          <a class="link-alone" href="#lookup-search" onClick={() => setOpen(true)}>
            {t('lookup.toFilters')}
          </a>
          {' · '}
          <a class="link-alone" href="/lookup">{id !== null ? t('lookup.all') : t('filters.clear')}</a>
        </p>
      ) : null}
      <p class="result-count" role="status">
        {result.loading && !page ? t('common.loading') : page ? t('lookup.count', { count: page.total }) : ''}
      </p>
      <ErrorNotice error={result.error} />
      {id === null && (filters.page ?? 1) <= 1 ? <LookupArticle q={filters.q} /> : null}
      {page && page.items.length === 0 && !result.loading ? <p>{t('lookup.none')}</p> : null}
      {page ? (
        <ol class="results" aria-busy={result.loading ? 'true' : 'false'}>
          {page.items.map((q) => (
            <li key={q.id} class="result">
              <LookupResult question={q} names={names} />
            </li>
          ))}
        </ol>
      ) : null}
      {page && id === null ? (
        <Pager page={page.page} size={page.size} total={page.total} href={(n) => `/lookup${writeFilters({ ...filters, page: n })}`} />
      ) : null}
      <details id="lookup-search" class="lookup-filters" open={open} onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
        <summary>{t('lookup.filters')}</summary>
        <QuestionFilters idPrefix="lookup" filters={filters} onChange={change} />
      </details>
    </section>
  );
}
