import { useEffect, useRef, useState } from 'preact/hooks';
import { api } from '../../api';
import { currentUser, hasRole, useSession, type Me } from '../../auth';
import { namesOf, useRegistry } from '../../bank/documents';
import { audienceLabel, difficultyLabel, formatDate, historyLabel, typeLabel, visibilityLabel } from '../../bank/labels';
import type { HistoryEntry, Question, QuestionContent, ReviewStep } from '../../bank/types';
import { StatusBadges } from '../../components/Badge';
import { BankNav } from '../../components/BankNav';
import { ChangedWording } from '../../components/ChangedWording';
import { Dialog } from '../../components/Dialog';
import { ErrorLine, ErrorNotice } from '../../components/ErrorNotice';
import { QuestionPreview, Reveal } from '../../components/QuestionPreview';
import { useFlash } from '../../flash';
import { t } from '../../i18n';
import type { RouteProps } from '../../router';
import { useApi } from '../../useApi';

/** One question: content, status, the needs-review reason, history, and what the user may do with it. */
export function QuestionDetail({ params }: RouteProps) {
  const id = Number(params.id);
  const me = currentUser(useSession());
  const registry = useRegistry();
  const names = namesOf(registry.items);
  const question = useApi<Question>(`/api/questions/${id}`);
  const history = useApi<HistoryEntry[]>(`/api/questions/${id}/history`);
  const flash = useFlash();
  const [message, setMessage] = useState<string | null>(flash);
  const messageRef = useRef<HTMLParagraphElement>(null);
  const q = question.data;

  const done = (updated: Question, text: string) => {
    question.setData(updated);
    history.reload();
    setMessage(text);
    requestAnimationFrame(() => messageRef.current?.focus());
  };

  return (
    <section class="page">
      <BankNav />
      <h1 tabIndex={-1}>{t('detail.title', { id })}</h1>
      <p class="notice notice-ok" role="status" tabIndex={-1} ref={messageRef} hidden={!message}>
        {message ?? ''}
      </p>
      <ErrorNotice error={question.error} />
      {!q && question.loading ? <p class="loading">{t('common.loading')}</p> : null}
      {q && me ? (
        <div class="detail-layout">
          <div class="detail-main">
            <p>
              <StatusBadges status={q.status} needsReview={q.needsReview} returned={!!q.returnedVersion} />
            </p>
            {q.status === 'DRAFT' && q.returnedVersion && q.returnComment ? (
              <div class="notice notice-warn return-note">
                <h2>{t('status.returned')}</h2>
                <p>{q.returnComment}</p>
              </div>
            ) : null}
            {q.needsReview ? (
              <div class="notice notice-warn needs-review">
                <h2>{t('status.needsReview')}</h2>
                <p>{q.needsReviewReason ?? t('detail.needsReviewDefault')}</p>
              </div>
            ) : null}
            {q.needsReview ? <ChangedWording citations={q.content.citations} names={names} /> : null}
            <Facts question={q} />
            <section aria-labelledby="detail-content" class="card-plain">
              <h2 id="detail-content">{t('detail.content')}</h2>
              {q.content.imageUrl ? <img class="question-image" src={q.content.imageUrl} alt={q.content.imageAlt ?? ''} /> : null}
              <p class="question-text">{q.content.text}</p>
              <Reveal content={q.content} names={names} allOptions />
            </section>
            <QuestionPreview content={q.content} names={names} />
          </div>
          <div class="detail-side">
            <Actions question={q} me={me} onDone={done} />
            <History id={id} entries={history.data} error={history.error} names={names} />
          </div>
        </div>
      ) : null}
    </section>
  );
}

function Facts({ question: q }: { question: Question }) {
  const c = q.content;
  const rows: [string, string][] = [
    [t('detail.version'), String(q.version)],
    [t('detail.author'), q.authorName],
    [t('detail.updated'), formatDate(q.updatedAt, true)],
    [t('editor.type'), typeLabel(c.type)],
    [t('editor.difficulty'), difficultyLabel(c.difficulty)],
    [t('editor.audience'), c.audience ? audienceLabel(c.audience) : '—'],
    [t('editor.visibility'), c.visibility ? visibilityLabel(c.visibility) : '—'],
    [t('editor.tags'), c.tags.length > 0 ? c.tags.join(', ') : '—'],
  ];
  if (q.key) rows.unshift([t('detail.key'), q.key]);
  return (
    <dl class="facts">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** What the user may do: edit, submit (author); approve, return, retire (another reviewer); comment. */
export function allowedSteps(q: Question, me: Me): { edit: boolean; steps: ReviewStep[] } {
  const own = q.authorId === me.id;
  const reviewer = hasRole(me, 'REVIEWER');
  const steps: ReviewStep[] = [];
  if (q.status === 'DRAFT' && (own || reviewer)) steps.push('submit');
  if (reviewer && !own && q.status === 'IN_REVIEW') steps.push('approve', 'return');
  // A flagged approved question may be approved again as it stands once its wording was compared.
  if (reviewer && !own && q.status === 'APPROVED' && q.needsReview) steps.push('approve');
  if (reviewer && !own && q.status !== 'RETIRED') steps.push('retire');
  if (own || reviewer) steps.push('comment');
  const edit = q.status !== 'IN_REVIEW' && ((own && hasRole(me, 'AUTHOR')) || reviewer);
  return { edit, steps };
}

const NEEDS_TEXT: ReviewStep[] = ['return', 'retire', 'comment'];
const REQUIRED_TEXT: ReviewStep[] = ['return', 'comment'];

function Actions(props: { question: Question; me: Me; onDone: (q: Question, message: string) => void }) {
  const { question: q } = props;
  const { edit, steps } = allowedSteps(q, props.me);
  const [open, setOpen] = useState<ReviewStep | null>(null);
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const commentBox = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    setOpen(null);
    setComment('');
  }, [q.status, q.version]);
  useEffect(() => {
    if (open) commentBox.current?.focus();
  }, [open]);

  const run = async (step: ReviewStep) => {
    if (REQUIRED_TEXT.includes(step) && !comment.trim()) {
      setMissing(true);
      document.getElementById('action-comment')?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const body = NEEDS_TEXT.includes(step) && comment.trim() ? { comment: comment.trim() } : undefined;
      const updated = await api<Question>(`/api/questions/${q.id}/actions/${step}`, { method: 'POST', body });
      setMissing(false);
      props.onDone(updated, t(`done.${step}`));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  if (!edit && steps.length === 0) return null;
  return (
    <section class="card-plain actions-panel" aria-labelledby="actions-heading">
      <h2 id="actions-heading">{t('detail.actions')}</h2>
      {q.authorId === props.me.id && hasRole(props.me, 'REVIEWER') && q.status === 'IN_REVIEW' ? (
        <p class="hint">{t('detail.ownQuestion')}</p>
      ) : null}
      <div class="actions">
        {edit ? (
          <a class="button" href={`/bank/${q.id}/edit`}>
            {t('detail.edit')}
          </a>
        ) : null}
        {steps.map((step) =>
          NEEDS_TEXT.includes(step) ? (
            <button
              key={step}
              type="button"
              class="button"
              aria-expanded={open === step ? 'true' : 'false'}
              onClick={() => {
                setOpen(open === step ? null : step);
                setMissing(false);
              }}
            >
              {t(`step.${step}`)}
            </button>
          ) : (
            <button key={step} type="button" class="button primary" disabled={busy} onClick={() => void run(step)}>
              {t(`step.${step}`)}
            </button>
          ),
        )}
      </div>
      {open ? (
        <form
          class="form action-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void run(open);
          }}
        >
          <div class="field">
            <label for="action-comment">{t(`stepComment.${open as 'return' | 'retire' | 'comment'}`)}</label>
            <textarea
              id="action-comment"
              ref={commentBox}
              class="input"
              rows={3}
              value={comment}
              maxLength={2000}
              aria-invalid={missing ? 'true' : undefined}
              aria-describedby={missing ? 'action-comment-error' : undefined}
              onInput={(e) => setComment(e.currentTarget.value)}
            />
            {missing ? (
              <p id="action-comment-error" class="field-error" role="alert">
                {t(open === 'return' ? 'valid.returnComment' : 'valid.comment')}
              </p>
            ) : null}
          </div>
          <button type="submit" class={open === 'retire' ? 'button danger' : 'button primary'} disabled={busy}>
            {t(`stepConfirm.${open as 'return' | 'retire' | 'comment'}`)}
          </button>
        </form>
      ) : null}
      <ErrorLine error={error} />
    </section>
  );
}

function History(props: { id: number; entries?: HistoryEntry[]; error: unknown; names: Map<string, string> }) {
  const [version, setVersion] = useState<number | null>(null);
  const shown = useApi<QuestionContent>(version ? `/api/questions/${props.id}/versions/${version}` : null);
  return (
    <section class="card-plain" aria-labelledby="history-heading">
      <h2 id="history-heading">{t('detail.history')}</h2>
      <ErrorNotice error={props.error} />
      {props.entries ? (
        <ol class="timeline">
          {props.entries.map((entry) => (
            <li key={entry.id}>
              <p class="timeline-head">
                <strong>{historyLabel(entry.action)}</strong>
                <span class="meta">
                  {' '}
                  — {entry.actorName ?? t('detail.system')} · {formatDate(entry.at, true)} · {t('detail.versionN', { version: entry.version })}
                </span>
              </p>
              {entry.comment ? <blockquote class="comment">{entry.comment}</blockquote> : null}
              {entry.action === 'CREATED' || entry.action === 'EDITED' ? (
                <button type="button" class="link-button" onClick={() => setVersion(entry.version)}>
                  {t('detail.showVersion', { version: entry.version })}
                </button>
              ) : null}
            </li>
          ))}
        </ol>
      ) : null}
      {version ? (
        <Dialog title={t('detail.versionTitle', { version })} onClose={() => setVersion(null)} wide>
          <ErrorNotice error={shown.error} />
          {shown.data && !shown.loading ? (
            <div class="dialog-body">
              <p class="question-text">{shown.data.text}</p>
              <Reveal content={shown.data} names={props.names} allOptions />
            </div>
          ) : (
            <p class="loading">{t('common.loading')}</p>
          )}
        </Dialog>
      ) : null}
    </section>
  );
}
