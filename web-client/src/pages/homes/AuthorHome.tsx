import { useEffect } from 'preact/hooks';
import { currentUser, useSession } from '../../auth';
import { refreshCounts, RETURNED_QUERY } from '../../bank/counts';
import type { Page, Question } from '../../bank/types';
import { ErrorNotice } from '../../components/ErrorNotice';
import { t } from '../../i18n';
import type { RouteProps } from '../../router';
import { useApi } from '../../useApi';
import { QuestionRow } from '../bank/BankList';
import { HomeTabs } from './HomeTabs';

/** An author's home: questions returned to fix (with the reviewer's comment), drafts, and those in review. */
export function AuthorHome(_props: RouteProps) {
  const me = currentUser(useSession());
  const returned = useApi<Page<Question>>(`${RETURNED_QUERY}&size=50&sort=oldest`);
  const drafts = useApi<Page<Question>>('/api/questions?status=DRAFT&mine=true&returned=false&size=20');
  const inReview = useApi<Page<Question>>('/api/questions?status=IN_REVIEW&mine=true&size=20');
  useEffect(() => {
    if (returned.data) void refreshCounts(me);
  }, [returned.data]);

  return (
    <section class="page">
      <HomeTabs />
      <div class="page-head">
        <h1 tabIndex={-1}>{t('authorHome.title')}</h1>
        <a class="button primary" href="/bank/new">
          {t('bank.new')}
        </a>
      </div>
      <section aria-labelledby="author-returned">
        <h2 id="author-returned">{t('authorHome.returned', { count: returned.data?.total ?? 0 })}</h2>
        <ErrorNotice error={returned.error} />
        {returned.data && returned.data.items.length === 0 ? <p>{t('authorHome.noneReturned')}</p> : null}
        <ul class="q-list">
          {(returned.data?.items ?? []).map((q) => (
            <QuestionRow key={q.id} question={q}>
              {q.returnComment ? (
                <blockquote class="return-comment">
                  <p class="meta">{t('review.returnComment')}</p>
                  <p>{q.returnComment}</p>
                </blockquote>
              ) : null}
              <p class="actions">
                <a class="button primary small" href={`/bank/${q.id}/edit`}>
                  {t('authorHome.fix')}
                  <span class="sr-only"> ({t('detail.title', { id: q.id })})</span>
                </a>
              </p>
            </QuestionRow>
          ))}
        </ul>
      </section>
      <QuestionSection id="author-drafts" titleKey="authorHome.drafts" noneKey="authorHome.noneDrafts" page={drafts} more="/bank?status=DRAFT&mine=true" />
      <QuestionSection id="author-review" titleKey="authorHome.inReview" noneKey="authorHome.noneInReview" page={inReview} more="/bank?status=IN_REVIEW&mine=true" />
    </section>
  );
}

function QuestionSection(props: {
  id: string;
  titleKey: 'authorHome.drafts' | 'authorHome.inReview';
  noneKey: 'authorHome.noneDrafts' | 'authorHome.noneInReview';
  page: ReturnType<typeof useApi<Page<Question>>>;
  more: string;
}) {
  const data = props.page.data;
  return (
    <section aria-labelledby={props.id}>
      <h2 id={props.id}>{t(props.titleKey, { count: data?.total ?? 0 })}</h2>
      <ErrorNotice error={props.page.error} />
      {data && data.items.length === 0 ? <p>{t(props.noneKey)}</p> : null}
      <ul class="q-list">
        {(data?.items ?? []).map((q) => (
          <QuestionRow key={q.id} question={q} />
        ))}
      </ul>
      {data && data.total > data.items.length ? (
        <p>
          <a href={props.more}>{t('homes.seeAll', { count: data.total })}</a>
        </p>
      ) : null}
    </section>
  );
}
