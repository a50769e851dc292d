import { useState } from 'preact/hooks';
import { currentUser, useSession } from '../../auth';
import { refreshCounts } from '../../bank/counts';
import { namesOf, useRegistry } from '../../bank/documents';
import type { Page, Question } from '../../bank/types';
import { BankNav } from '../../components/BankNav';
import { ErrorNotice } from '../../components/ErrorNotice';
import { t } from '../../i18n';
import type { RouteProps } from '../../router';
import { fetchAllPages, useLoaded } from '../../useApi';
import { QuestionRow } from './BankList';
import { ReviewCard } from './ReviewCard';

/** Oldest first: the question that has waited longest is reviewed first. */
export function oldestFirst(questions: readonly Question[]): Question[] {
  return [...questions].sort((a, b) => a.updatedAt.localeCompare(b.updatedAt) || a.id - b.id);
}

/**
 * The next question to open after a decision: the first one after the decided one (then from the
 * top) that the reviewer may decide (not their own) and has not decided yet.
 */
export function nextToReview(queue: readonly Question[], after: number | null, handled: ReadonlySet<number>, meId: number | undefined): number | null {
  const open = (q: Question) => !handled.has(q.id) && q.authorId !== meId;
  const from = after === null ? -1 : queue.findIndex((q) => q.id === after);
  const later = queue.slice(from + 1).find(open) ?? queue.slice(0, Math.max(from, 0)).find(open);
  return later?.id ?? null;
}

/** The reviewer's queue: questions waiting for review, one opened whole at a time, and questions flagged because a law changed. */
export function ReviewQueue(_props: RouteProps) {
  const me = currentUser(useSession());
  const registry = useRegistry();
  const names = namesOf(registry.items);
  const waiting = useAllPages('/api/questions?status=IN_REVIEW');
  const flagged = useAllPages('/api/questions?needsReview=true');
  const [handled, setHandled] = useState<Record<number, string>>({});
  const [message, setMessage] = useState('');
  const [opened, setOpened] = useState<number | null | undefined>(undefined);

  const inReview = oldestFirst(waiting.data?.items ?? []);
  const needsReview = oldestFirst((flagged.data?.items ?? []).filter((q) => q.status !== 'IN_REVIEW'));
  const decided = new Set(Object.keys(handled).map(Number));
  const current = opened === undefined ? nextToReview(inReview, null, decided, me?.id) : opened;

  const done = (q: Question, text: string) => {
    const nowHandled = new Set([...decided, q.id]);
    setHandled({ ...handled, [q.id]: text });
    const next = nextToReview(inReview, q.id, nowHandled, me?.id);
    setMessage(next === null ? `${text} ${t('review.queueEmpty')}` : text);
    setOpened(next);
    void refreshCounts(me);
  };

  return (
    <section class="page">
      <BankNav />
      <h1 tabIndex={-1}>{t('review.title')}</h1>
      <p class="lead">{t('review.intro')}</p>
      <p class="notice notice-ok" role="status" hidden={!message}>
        {message}
      </p>
      <section aria-labelledby="review-waiting">
        <h2 id="review-waiting">{t('review.waiting', { count: Math.max(0, (waiting.data?.total ?? 0) - decided.size) })}</h2>
        <ErrorNotice error={waiting.error} />
        {waiting.loading && !waiting.data ? <p class="loading">{t('common.loading')}</p> : null}
        {waiting.data && inReview.length === 0 ? <p>{t('review.noneWaiting')}</p> : null}
        <ul class="q-list">
          {inReview.map((q) =>
            q.id === current && !handled[q.id] ? (
              <li key={q.id} class="q-row q-row-open">
                <ReviewCard question={q} names={names} onDecided={done} />
              </li>
            ) : (
              <QuestionRow key={q.id} question={q}>
                {handled[q.id] ? (
                  <p class="meta ok-text">{handled[q.id]}</p>
                ) : q.authorId === me?.id ? (
                  <p class="meta">{t('detail.ownQuestion')}</p>
                ) : (
                  <p class="actions">
                    <button type="button" class="button small" onClick={() => setOpened(q.id)}>
                      {t('review.openHere')}
                      <span class="sr-only"> ({t('detail.title', { id: q.id })})</span>
                    </button>
                  </p>
                )}
              </QuestionRow>
            ),
          )}
        </ul>
      </section>
      <section aria-labelledby="review-flagged">
        <h2 id="review-flagged">{t('review.flagged', { count: needsReview.length })}</h2>
        <p class="hint">{t('review.flaggedHint')}</p>
        <ErrorNotice error={flagged.error} />
        {flagged.data && needsReview.length === 0 ? <p>{t('review.noneFlagged')}</p> : null}
        <ul class="q-list">
          {needsReview.map((q) => (
            <QuestionRow key={q.id} question={q}>
              <p class="actions">
                <a class="button small" href={`/bank/${q.id}/edit`}>
                  {t('detail.edit')}
                </a>
                <a class="button small" href={`/bank/${q.id}`}>
                  {t('review.open')}
                </a>
              </p>
            </QuestionRow>
          ))}
        </ul>
      </section>
    </section>
  );
}

/** Every page of a search, for a queue sorted as a whole. */
function useAllPages(path: string) {
  return useLoaded<Page<Question>>(path, (p, signal) => fetchAllPages<Question>(p, signal));
}
