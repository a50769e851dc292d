import { useEffect, useRef, useState } from 'preact/hooks';
import { api } from '../../api';
import { formatCitation } from '../../bank/citation';
import { changedLines, contentChanges, type FieldChange } from '../../bank/diff';
import type { Citation, Question, QuestionContent } from '../../bank/types';
import { ErrorLine, errorMessage } from '../../components/ErrorNotice';
import { Reveal } from '../../components/QuestionPreview';
import { t } from '../../i18n';

interface LawArticle {
  documentName?: string;
  number: string;
  title?: string;
  text?: string;
}

/** An article as the public legal store answers it: "36/2024/QH15" is addressed as 36-2024-QH15. */
export function articlePath(citation: Citation): string {
  return `/api/laws/documents/${encodeURIComponent(citation.document.replace(/\//g, '-'))}/articles/${citation.article}`;
}

type ArticleState = { state: 'loading' } | { state: 'found'; article: LawArticle } | { state: 'missing'; message: string };

/** The texts of the articles a question cites; "ready" once every one has answered (found or not). */
function useArticles(citations: readonly Citation[]): { articles: ArticleState[]; ready: boolean } {
  const cited = citations.filter((c) => c.document && c.article > 0);
  const key = cited.map((c) => `${c.document}#${c.article}`).join('|');
  const [articles, setArticles] = useState<ArticleState[]>(() => cited.map(() => ({ state: 'loading' })));
  useEffect(() => {
    const controller = new AbortController();
    setArticles(cited.map(() => ({ state: 'loading' })));
    cited.forEach((citation, i) => {
      api<LawArticle>(articlePath(citation), { signal: controller.signal }).then(
        (article) => setArticles((all) => all.map((a, j) => (j === i ? { state: 'found', article } : a))),
        (e: unknown) => {
          if (controller.signal.aborted) return;
          setArticles((all) => all.map((a, j) => (j === i ? { state: 'missing', message: errorMessage(e) } : a)));
        },
      );
    });
    return () => controller.abort();
  }, [key]);
  return { articles, ready: articles.every((a) => a.state !== 'loading') };
}

/**
 * One question opened for review: the whole of it (every answer marked, explanation, citations and
 * the cited articles' text), what changed since it was returned when it comes back, and the decision.
 * Approving is offered only once all of it is on the screen.
 */
export function ReviewCard(props: {
  question: Question;
  names: Map<string, string>;
  onDecided: (q: Question, message: string) => void;
}) {
  const q = props.question;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { articles, ready } = useArticles(q.content.citations);
  const cited = q.content.citations.filter((c) => c.document && c.article > 0);
  const [returned, setReturned] = useState<QuestionContent | null>(null);
  const resubmitted = q.status === 'IN_REVIEW' && !!q.returnedVersion;
  useEffect(() => headingRef.current?.focus(), [q.id]);
  useEffect(() => {
    if (!resubmitted) return;
    api<QuestionContent>(`/api/questions/${q.id}/versions/${q.returnedVersion}`).then(setReturned, () => setReturned(null));
  }, [q.id, q.returnedVersion]);

  return (
    <article class="review-card" aria-labelledby={`review-card-${q.id}`}>
      <h3 id={`review-card-${q.id}`} tabIndex={-1} ref={headingRef}>
        {t('review.cardTitle', { id: q.id })}
        {resubmitted ? <span class="badge badge-info">{t('status.resubmitted')}</span> : null}
      </h3>
      {resubmitted ? (
        <ResubmittedNote question={q} changes={returned ? contentChanges(returned, q.content) : null} />
      ) : null}
      {q.content.imageUrl ? <img class="question-image" src={q.content.imageUrl} alt={q.content.imageAlt ?? ''} /> : null}
      <p class="question-text">{q.content.text}</p>
      <Reveal content={q.content} names={props.names} allOptions />
      {cited.length > 0 ? (
        <section class="cited-articles" aria-label={t('review.articles')}>
          <h4>{t('review.articles')}</h4>
          {cited.map((c, i) => {
            const a = articles[i];
            return (
              <div key={i} class="cited-article">
                <p class="citation">
                  <strong>{formatCitation(c, props.names.get(c.document))}</strong>
                </p>
                {!a || a.state === 'loading' ? (
                  <p class="loading">{t('common.loading')}</p>
                ) : a.state === 'found' ? (
                  <blockquote class="article-text">
                    <p class="meta">
                      {t('review.articleHeading', { number: a.article.number, title: a.article.title ?? '' })}
                    </p>
                    <p class="preline">{a.article.text}</p>
                  </blockquote>
                ) : (
                  <p class="notice notice-warn">{t('review.articleMissing', { message: a.message })}</p>
                )}
              </div>
            );
          })}
        </section>
      ) : null}
      <Decision question={q} ready={ready} onDecided={props.onDecided} />
    </article>
  );
}

function ResubmittedNote(props: { question: Question; changes: FieldChange[] | null }) {
  const q = props.question;
  return (
    <div class="notice notice-info resubmitted">
      <p>{t('review.resubmittedIntro', { version: q.returnedVersion ?? 0 })}</p>
      {q.returnComment ? (
        <blockquote class="return-comment">
          <p class="meta">{t('review.yourComment')}</p>
          <p>{q.returnComment}</p>
        </blockquote>
      ) : null}
      {props.changes === null ? (
        <p class="loading">{t('common.loading')}</p>
      ) : props.changes.length === 0 ? (
        <p>{t('review.noChanges')}</p>
      ) : (
        <dl class="diff">
          {props.changes.map((change) => {
            const { removed, added } = changedLines(change);
            return (
              <div key={change.field} class="diff-field">
                <dt>{t(`diff.${change.field}`)}</dt>
                <dd>
                  <p class="meta">{t('diff.before')}</p>
                  {change.before.length === 0 ? <p class="placeholder">—</p> : null}
                  {change.before.map((line, i) => (removed.has(line) ? <del key={i}>{line}</del> : <p key={i}>{line}</p>))}
                  <p class="meta">{t('diff.after')}</p>
                  {change.after.length === 0 ? <p class="placeholder">—</p> : null}
                  {change.after.map((line, i) => (added.has(line) ? <ins key={i}>{line}</ins> : <p key={i}>{line}</p>))}
                </dd>
              </div>
            );
          })}
        </dl>
      )}
    </div>
  );
}

function Decision(props: { question: Question; ready: boolean; onDecided: (q: Question, message: string) => void }) {
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
      commentBox.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const updated = await api<Question>(`/api/questions/${q.id}/actions/${step}`, {
        method: 'POST',
        body: step === 'return' ? { comment: comment.trim() } : undefined,
      });
      props.onDecided(updated, t(step === 'approve' ? 'review.approved' : 'review.returned', { id: q.id }));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="quick-review">
      {!props.ready ? <p class="hint">{t('review.waitWhole')}</p> : null}
      <p class="actions">
        <button type="button" class="button primary" disabled={busy || !props.ready} onClick={() => void act('approve')}>
          {t('step.approve')}
          <span class="sr-only"> ({t('detail.title', { id: q.id })})</span>
        </button>
        <button type="button" class="button" aria-expanded={returning ? 'true' : 'false'} onClick={() => setReturning(!returning)}>
          {t('step.return')}
          <span class="sr-only"> ({t('detail.title', { id: q.id })})</span>
        </button>
        <a class="button" href={`/bank/${q.id}`}>
          {t('review.open')}
          <span class="sr-only"> ({t('detail.title', { id: q.id })})</span>
        </a>
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
            rows={3}
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
          <button type="submit" class="button" disabled={busy}>
            {t('stepConfirm.return')}
          </button>
        </form>
      ) : null}
      <ErrorLine error={error} />
    </div>
  );
}
