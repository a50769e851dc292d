import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { currentUser, hasRole, useSession } from '../../auth';
import { formatReference } from '../../bank/citation';
import { apiQuery, BANK_FILTERS, changeFilters, exportQuery, hasFilters, readFilters, writeFilters, type BankFilters } from '../../bank/filters';
import { formatDate, typeLabel } from '../../bank/labels';
import type { Page, Question } from '../../bank/types';
import { StatusBadges } from '../../components/Badge';
import { BankNav } from '../../components/BankNav';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ExportControl } from '../../components/ExportControl';
import { Pager } from '../../components/Pager';
import { QuestionFilters } from '../../components/QuestionFilters';
import { useFlash } from '../../flash';
import { t } from '../../i18n';
import { navigate, type RouteProps } from '../../router';
import { useApi } from '../../useApi';
import { toggleTicked } from '../../bank/playNow';
import { PlayNowBar, PlayTick } from './PlayNow';

const SIZE = 20;

/** The bank for authors and reviewers: search, filters, status at a glance, paging. */
export function BankList({ location }: RouteProps) {
  const filters = readFilters(BANK_FILTERS, location.query);
  const me = currentUser(useSession());
  const flash = useFlash();
  const result = useApi<Page<Question>>(`/api/questions${apiQuery(filters, SIZE)}`);
  const page = result.data;
  const host = hasRole(me, 'HOST');
  const [ticked, setTicked] = useState<number[]>([]);

  const change = (patch: Partial<BankFilters>) =>
    navigate(`/bank${writeFilters(changeFilters(filters, patch))}`, { replace: patch.q !== undefined, keepFocus: true });

  return (
    <section class="page">
      <BankNav />
      <div class="page-head">
        <h1 tabIndex={-1}>{t('bank.title')}</h1>
        {hasRole(me, 'AUTHOR', 'REVIEWER') ? (
          <a class="button primary" href="/bank/new">
            {t('bank.new')}
          </a>
        ) : null}
      </div>
      {flash ? (
        <p class="notice notice-ok" role="status">
          {flash}
        </p>
      ) : null}
      <QuestionFilters idPrefix="bank" bank filters={filters} onChange={change} />
      {hasFilters(filters) ? (
        <p>
          <a href="/bank">{t('filters.clear')}</a>
        </p>
      ) : null}
      <p class="result-count" role="status">
        {result.loading && !page ? t('common.loading') : page ? t('bank.count', { count: page.total }) : ''}
      </p>
      <ErrorNotice error={result.error} />
      {page && page.items.length === 0 && !result.loading ? <p>{t('bank.none')}</p> : null}
      {host && page ? (
        <PlayNowBar filters={filters} ticked={ticked} pageIds={page.items.map((q) => q.id)} onTick={setTicked} />
      ) : null}
      {page ? (
        <ul class="q-list" aria-busy={result.loading ? 'true' : 'false'}>
          {page.items.map((q) => (
            <QuestionRow key={q.id} question={q}>
              {host ? (
                <PlayTick
                  id={q.id}
                  ticked={ticked.includes(q.id)}
                  onToggle={(on) => setTicked((now) => toggleTicked(now, q.id, on))}
                />
              ) : null}
            </QuestionRow>
          ))}
        </ul>
      ) : null}
      {page ? <Pager page={page.page} size={page.size} total={page.total} href={(n) => `/bank${writeFilters({ ...filters, page: n })}`} /> : null}
      <details class="export-box">
        <summary>{t('export.summary')}</summary>
        <ExportControl id="bank-export" query={exportQuery(filters)} name="luatvui-cau-hoi" />
      </details>
    </section>
  );
}

/** One question in a list: its text as the link, badges, type, citations, author, last change. */
export function QuestionRow(props: { question: Question; children?: ComponentChildren }) {
  const q = props.question;
  return (
    <li class="q-row">
      <div class="q-row-head">
        <a class="q-link" id={`play-q-${q.id}`} href={`/bank/${q.id}`}>
          {q.content.text || t('bank.untitled', { id: q.id })}
        </a>
        <StatusBadges status={q.status} needsReview={q.needsReview} returned={!!q.returnedVersion} />
      </div>
      <p class="meta">
        {typeLabel(q.content.type)}
        {q.content.citations.length > 0
          ? ` · ${q.content.citations.map((c) => `${formatReference(c)} (${c.document})`).join('; ')}`
          : ''}
        {` · ${q.authorName} · ${formatDate(q.updatedAt, true)}`}
      </p>
      {q.needsReview && q.needsReviewReason ? <p class="meta warn-text">{q.needsReviewReason}</p> : null}
      {props.children}
    </li>
  );
}
