import { useEffect, useRef, useState } from 'preact/hooks';
import { api } from '../../api';
import { currentUser, useSession } from '../../auth';
import type { Page, Question } from '../../bank/types';
import { BankNav } from '../../components/BankNav';
import { ErrorNotice, errorMessage } from '../../components/ErrorNotice';
import { t } from '../../i18n';
import type { RouteProps } from '../../router';
import { fetchAllPages } from '../../useApi';
import { QuestionRow } from './BankList';

/** Oldest first: the question that has waited longest is reviewed first. */
export function oldestFirst(questions: readonly Question[]): Question[] {
  return [...questions].sort((a, b) => a.updatedAt.localeCompare(b.updatedAt) || a.id - b.id);
}

/** The reviewer's queue: questions waiting for review, and questions flagged because a law changed. */
export function ReviewQueue(_props: RouteProps) {
  const me = currentUser(useSession());
  const waiting = useAllPages('/api/questions?status=IN_REVIEW');
  const flagged = useAllPages('/api/questions?needsReview=true');
  const [handled, setHandled] = useState<Record<number, string>>({});
  const [message, setMessage] = useState('');

  const done = (q: Question, text: string) => {
    setHandled({ ...handled, [q.id]: text });
    setMessage(text);
  };

  const inReview = oldestFirst(waiting.data?.items ?? []);
  const needsReview = oldestFirst((flagged.data?.items ?? []).filter((q) => q.status !== 'IN_REVIEW'));

  return (
    <section class="page">
      <BankNav />
      <h1 tabIndex={-1}>{t('review.title')}</h1>
      <p class="lead">{t('review.intro')}</p>
      <p class="notice notice-ok" role="status" hidden={!message}>
        {message}
      </p>
      <section aria-labelledby="review-waiting">
        <h2 id="review-waiting">{t('review.waiting', { count: waiting.data?.total ?? 0 })}</h2>
        <ErrorNotice error={waiting.error} />
        {waiting.loading && !waiting.data ? <p class="loading">{t('common.loading')}</p> : null}
        {waiting.data && inReview.length === 0 ? <p>{t('review.noneWaiting')}</p> : null}
        <ul class="q-list">
          {inReview.map((q) => (
            <QuestionRow key={q.id} question={q}>
              {handled[q.id] ? (
                <p class="meta ok-text">{handled[q.id]}</p>
              ) : q.authorId === me?.id ? (
                <p class="meta">{t('detail.ownQuestion')}</p>
              ) : (
                <QuickReview question={q} onDone={done} />
              )}
            </QuestionRow>
          ))}
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
  const [data, setData] = useState<Page<Question> | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  useEffect(() => {
    const controller = new AbortController();
    fetchAllPages<Question>(path, controller.signal).then(
      (page) => {
        setData(page);
        setLoading(false);
      },
      (e: unknown) => {
        if (controller.signal.aborted) return;
        setError(e);
        setLoading(false);
      },
    );
    return () => controller.abort();
  }, [path]);
  return { data, error, loading };
}

function QuickReview(props: { question: Question; onDone: (q: Question, message: string) => void }) {
  const q = props.question;
  const [returning, setReturning] = useState(false);
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const commentId = `return-${q.id}`;
  const commentBox = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (returning) commentBox.current?.focus();
  }, [returning]);

  const act = async (step: 'approve' | 'return') => {
    if (step === 'return' && !comment.trim()) {
      setMissing(true);
      document.getElementById(commentId)?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const updated = await api<Question>(`/api/questions/${q.id}/actions/${step}`, {
        method: 'POST',
        body: step === 'return' ? { comment: comment.trim() } : undefined,
      });
      props.onDone(updated, t(step === 'approve' ? 'review.approved' : 'review.returned', { id: q.id }));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="quick-review">
      <p class="actions">
        <button type="button" class="button primary small" disabled={busy} onClick={() => void act('approve')}>
          {t('step.approve')}
          <span class="sr-only"> ({t('detail.title', { id: q.id })})</span>
        </button>
        <button type="button" class="button small" aria-expanded={returning ? 'true' : 'false'} onClick={() => setReturning(!returning)}>
          {t('step.return')}
          <span class="sr-only"> ({t('detail.title', { id: q.id })})</span>
        </button>
      </p>
      {returning ? (
        <form
          class="form action-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void act('return');
          }}
        >
          <label for={commentId}>{t('stepComment.return')}</label>
          <textarea
            id={commentId}
            ref={commentBox}
            class="input"
            rows={2}
            value={comment}
            maxLength={2000}
            aria-invalid={missing ? 'true' : undefined}
            aria-describedby={missing ? `${commentId}-error` : undefined}
            onInput={(e) => setComment(e.currentTarget.value)}
          />
          {missing ? (
            <p id={`${commentId}-error`} class="field-error" role="alert">
              {t('valid.returnComment')}
            </p>
          ) : null}
          <button type="submit" class="button small" disabled={busy}>
            {t('stepConfirm.return')}
          </button>
        </form>
      ) : null}
      {error ? (
        <p class="notice notice-error" role="alert">
          {errorMessage(error)}
        </p>
      ) : null}
    </div>
  );
}
