import { namesOf, useRegistry } from '../bank/documents';
import { apiQuery, changeFilters, hasFilters, LOOKUP_FILTERS, readFilters, writeFilters, type LookupFilters } from '../bank/filters';
import { difficultyLabel, typeLabel } from '../bank/labels';
import type { Page, PublicQuestion } from '../bank/types';
import { ErrorNotice } from '../components/ErrorNotice';
import { Pager } from '../components/Pager';
import { QuestionFilters } from '../components/QuestionFilters';
import { Reveal } from '../components/QuestionPreview';
import { t } from '../i18n';
import { navigate, type RouteProps } from '../router';
import { useApi } from '../useApi';

const SIZE = 10;

/** The public lookup: approved questions with their answers, explanations and the law; no sign-in. */
export function Lookup({ location }: RouteProps) {
  const filters = readFilters(LOOKUP_FILTERS, location.query);
  const registry = useRegistry();
  const names = namesOf(registry.items);
  const result = useApi<Page<PublicQuestion>>(`/api/public/questions${apiQuery(filters, SIZE)}`);
  const page = result.data;

  const change = (patch: Partial<LookupFilters>) =>
    navigate(`/lookup${writeFilters(changeFilters(filters, patch))}`, { replace: patch.q !== undefined, keepFocus: true });

  return (
    <section class="page">
      <h1 tabIndex={-1}>{t('lookup.title')}</h1>
      <p class="lead">{t('lookup.intro')}</p>
      <QuestionFilters idPrefix="lookup" filters={filters} onChange={change} />
      {hasFilters(filters) ? (
        <p>
          <a href="/lookup">{t('filters.clear')}</a>
        </p>
      ) : null}
      <p class="result-count" role="status">
        {result.loading && !page ? t('common.loading') : page ? t('lookup.count', { count: page.total }) : ''}
      </p>
      <ErrorNotice error={result.error} />
      {page && page.items.length === 0 && !result.loading ? <p>{t('lookup.none')}</p> : null}
      {page ? (
        <ol class="results" aria-busy={result.loading ? 'true' : 'false'}>
          {page.items.map((q) => (
            <li key={q.id} class="result">
              <article aria-labelledby={`lookup-q-${q.id}`}>
                <h2 id={`lookup-q-${q.id}`} class="result-question">
                  {q.text}
                </h2>
                <p class="meta">
                  {typeLabel(q.type)} · {difficultyLabel(q.difficulty)}
                  {q.tags.length > 0 ? ` · ${q.tags.join(', ')}` : ''}
                </p>
                <Reveal content={q} names={names} allOptions openable />
              </article>
            </li>
          ))}
        </ol>
      ) : null}
      {page ? (
        <Pager page={page.page} size={page.size} total={page.total} href={(n) => `/lookup${writeFilters({ ...filters, page: n })}`} />
      ) : null}
    </section>
  );
}
