import { kindLabel } from '../../bank/labels';
import type { DocumentKind } from '../../bank/types';
import { ErrorNotice } from '../../components/ErrorNotice';
import { t } from '../../i18n';
import { matchesDocument, readListFilters, writeListFilters, type ListFilters } from '../../law/list';
import { LawBadges } from '../../law/LawBadges';
import { documentPath } from '../../law/paths';
import type { LawDocument } from '../../law/types';
import { navigate, type RouteProps } from '../../router';
import { useApi } from '../../useApi';
import { SearchBox } from './SearchBox';
import '../../law/law.css';

const STATUSES = ['IN_FORCE', 'AMENDED', 'OUT_OF_FORCE'] as const;

/** /van-ban: the store's documents, filtered by words of the name or number, kind, field and status. */
export function LawList({ location }: RouteProps) {
  const filters = readListFilters(location.query);
  const documents = useApi<LawDocument[]>('/api/laws/documents');
  const all = documents.data ?? [];
  const kinds = [...new Set(all.map((d) => d.kind))];
  const fields = [...new Set(all.flatMap((d) => d.fields))].sort((a, b) => a.localeCompare(b, 'vi'));
  const shown = all.filter((d) => matchesDocument(d, filters));
  const change = (patch: Partial<ListFilters>) =>
    navigate(`/van-ban${writeListFilters({ ...filters, ...patch })}`, { replace: patch.q !== undefined, keepFocus: true });

  return (
    <section class="page reader">
      <h1 tabIndex={-1}>{t('reader.title')}</h1>
      <p class="lead">{t('reader.intro')}</p>
      <SearchBox />
      <form class="filters reader-filters" role="search" aria-label={t('reader.filtersLabel')} onSubmit={(e) => e.preventDefault()}>
        <div class="field">
          <label for="law-q">{t('reader.filterName')}</label>
          <input id="law-q" class="input" type="search" value={filters.q} maxLength={100} onInput={(e) => change({ q: e.currentTarget.value })} />
        </div>
        <div class="field">
          <label for="law-kind">{t('reader.filterKind')}</label>
          <select id="law-kind" class="input" value={filters.kind} onChange={(e) => change({ kind: e.currentTarget.value })}>
            <option value="">{t('reader.any')}</option>
            {kinds.map((k) => (
              <option key={k} value={k}>
                {kindLabel(k as DocumentKind)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="law-field">{t('reader.filterField')}</label>
          <select id="law-field" class="input" value={filters.field} onChange={(e) => change({ field: e.currentTarget.value })}>
            <option value="">{t('reader.any')}</option>
            {fields.map((f) => (
              <option key={f} value={f}>
                {f}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="law-status">{t('reader.filterStatus')}</label>
          <select id="law-status" class="input" value={filters.status} onChange={(e) => change({ status: e.currentTarget.value })}>
            <option value="">{t('reader.any')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`reader.status.${s}`)}
              </option>
            ))}
          </select>
        </div>
      </form>
      <p class="result-count" role="status">
        {documents.loading && !documents.data ? t('common.loading') : documents.data ? t('reader.count', { count: shown.length }) : ''}
      </p>
      <ErrorNotice error={documents.error} />
      <ul class="law-list">
        {shown.map((d) => (
          <li key={d.number} class="law-item">
            <a class="law-name" href={documentPath(d.number)}>
              {d.name}
            </a>
            <p class="meta">
              {kindLabel(d.kind as DocumentKind)} · {d.number}
              {d.fields.length > 0 ? ` · ${d.fields.join(', ')}` : ''}
              {d.articles > 0 ? ` · ${t('reader.articles', { count: d.articles })}` : ` · ${t('reader.noText')}`}
            </p>
            <LawBadges document={d} />
          </li>
        ))}
      </ul>
    </section>
  );
}
