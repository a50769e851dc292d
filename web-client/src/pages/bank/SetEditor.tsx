import { useEffect, useState } from 'preact/hooks';
import { api } from '../../api';
import { currentUser, hasRole, useSession } from '../../auth';
import { typeLabel } from '../../bank/labels';
import { moveItem, newItem, POINTS, setBody, TIME_LIMITS, type SetDraft } from '../../bank/sets';
import type { Page, Question, QuestionSet } from '../../bank/types';
import { StatusBadges } from '../../components/Badge';
import { BankNav } from '../../components/BankNav';
import { ConfirmDialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ExportControl } from '../../components/ExportControl';
import { Field } from '../../components/Field';
import { Pager } from '../../components/Pager';
import { setFlash, useFlash } from '../../flash';
import { t } from '../../i18n';
import { navigate, type RouteProps } from '../../router';
import { useApi } from '../../useApi';
import { SetSharing } from './SetSharing';

/** One question set: its questions in order, time and points for each, sharing, export. */
export function SetEditor({ params }: RouteProps) {
  const id = Number(params.id);
  const me = currentUser(useSession());
  const loaded = useApi<QuestionSet>(`/api/question-sets/${id}`);
  const flash = useFlash();
  const [draft, setDraft] = useState<SetDraft | null>(null);
  const [dirty, setDirty] = useState(false);
  const [message, setMessage] = useState(flash ?? '');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [missingTitle, setMissingTitle] = useState(false);

  useEffect(() => {
    const s = loaded.data;
    if (s) {
      setDraft({
        title: s.set.title,
        description: s.set.description ?? '',
        shared: s.set.shared,
        items: s.items,
        sharedContestId: s.set.sharedContestId ?? null,
        sharedWith: s.set.sharedWith ?? null,
      });
    }
  }, [loaded.data]);

  const set = loaded.data?.set;
  const owner = !!set && (set.ownerId === me?.id || hasRole(me, 'ADMIN'));
  const change = (next: SetDraft, focus?: string) => {
    setDraft(next);
    setDirty(true);
    setMessage('');
    if (focus) requestAnimationFrame(() => document.getElementById(focus)?.focus());
  };

  const save = async () => {
    if (!draft) return;
    if (!draft.title.trim()) {
      setMissingTitle(true);
      document.getElementById('set-edit-title')?.focus();
      return;
    }
    setMissingTitle(false);
    setBusy(true);
    setError(null);
    try {
      const saved = await api<QuestionSet>(`/api/question-sets/${id}`, { method: 'PUT', body: setBody(draft) });
      if (saved?.items) setDraft({ ...draft, items: saved.items });
      setDirty(false);
      setMessage(t('sets.saved'));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    setBusy(true);
    try {
      await api(`/api/question-sets/${id}`, { method: 'DELETE' });
      setFlash(t('sets.deleted', { title: draft?.title ?? '' }));
      navigate('/bank/sets');
    } catch (e) {
      setError(e);
      setConfirmDelete(false);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="page">
      <BankNav />
      <h1 tabIndex={-1}>{draft?.title || t('sets.title')}</h1>
      <p>
        <a href="/bank/sets">{t('sets.back')}</a>
      </p>
      <ErrorNotice error={loaded.error} planned />
      {loaded.loading && !draft ? <p class="loading">{t('common.loading')}</p> : null}
      {draft && set ? (
        <>
          {!owner ? <p class="notice notice-info">{t('sets.readOnly', { owner: set.ownerName })}</p> : null}
          <form
            class="form"
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              void save();
            }}
          >
            <fieldset class="group" disabled={!owner}>
              <legend>{t('sets.details')}</legend>
              <Field id="set-edit-title" label={t('sets.setTitle')} errors={missingTitle ? [t('sets.titleRequired')] : undefined}>
                {(p) => <input {...p} class="input" type="text" maxLength={200} value={draft.title} onInput={(e) => change({ ...draft, title: e.currentTarget.value })} />}
              </Field>
              <Field id="set-edit-description" label={t('sets.description')}>
                {(p) => <textarea {...p} class="input" rows={2} value={draft.description} onInput={(e) => change({ ...draft, description: e.currentTarget.value })} />}
              </Field>
              <SetSharing draft={draft} change={(next) => change(next)} />
            </fieldset>
            <Items draft={draft} owner={owner} change={change} />
            {owner ? (
              <div class="actions sticky-actions">
                <button type="submit" class="button primary" disabled={busy}>
                  {t('common.save')}
                </button>
                <button type="button" class="button danger" disabled={busy} onClick={() => setConfirmDelete(true)}>
                  {t('sets.delete')}
                </button>
                <span class="hint" role="status">
                  {message || (dirty ? t('sets.unsaved') : '')}
                </span>
              </div>
            ) : null}
            <ErrorNotice error={error} planned />
          </form>
          {owner ? <AddQuestions setId={id} draft={draft} change={change} /> : null}
          <section class="card-plain" aria-labelledby="set-export">
            <h2 id="set-export">{t('sets.export')}</h2>
            {dirty ? <p class="hint">{t('sets.exportSaved')}</p> : null}
            <ExportControl id="set-export-format" query={`set=${id}`} name={`bo-cau-hoi-${id}`} />
          </section>
        </>
      ) : null}
      {confirmDelete ? (
        <ConfirmDialog
          title={t('sets.deleteTitle')}
          message={<p>{t('sets.deleteConfirm', { title: draft?.title ?? '' })}</p>}
          confirmLabel={t('sets.delete')}
          danger
          busy={busy}
          onConfirm={() => void remove()}
          onCancel={() => setConfirmDelete(false)}
        />
      ) : null}
    </section>
  );
}

function Items(props: { draft: SetDraft; owner: boolean; change: (next: SetDraft, focus?: string) => void }) {
  const { draft, change } = props;
  const items = draft.items;
  const update = (index: number, patch: Partial<SetDraft['items'][number]>) =>
    change({ ...draft, items: items.map((item, i) => (i === index ? { ...item, ...patch } : item)) });
  return (
    <section class="group" aria-labelledby="set-items">
      <h2 id="set-items">{t('sets.items', { count: items.length })}</h2>
      {items.length === 0 ? <p>{t('sets.empty')}</p> : null}
      <ol class="set-items">
        {items.map((item, i) => {
          const base = `set-item-${item.questionId}`;
          return (
            <li key={item.questionId} class="set-item">
              <p class="set-item-text">
                <a href={`/bank/${item.questionId}`}>{item.question?.content.text ?? t('bank.untitled', { id: item.questionId })}</a>{' '}
                {item.question ? <StatusBadges status={item.question.status} needsReview={item.question.needsReview} /> : null}
              </p>
              {props.owner ? (
                <div class="set-item-tools">
                  <div class="field field-inline">
                    <label for={`${base}-time`}>{t('sets.time')}</label>
                    <select id={`${base}-time`} class="input" value={String(item.timeLimitSeconds)} onChange={(e) => update(i, { timeLimitSeconds: Number(e.currentTarget.value) })}>
                      {TIME_LIMITS.map((s) => (
                        <option key={s} value={String(s)}>
                          {t('sets.seconds', { n: s })}
                        </option>
                      ))}
                    </select>
                  </div>
                  <div class="field field-inline">
                    <label for={`${base}-points`}>{t('sets.points')}</label>
                    <select id={`${base}-points`} class="input" value={String(item.points)} onChange={(e) => update(i, { points: Number(e.currentTarget.value) })}>
                      {POINTS.map((p) => (
                        <option key={p} value={String(p)}>
                          {t(p === 0 ? 'sets.points0' : p === 2000 ? 'sets.points2000' : 'sets.points1000')}
                        </option>
                      ))}
                    </select>
                  </div>
                  <button
                    type="button"
                    class="button small"
                    id={`${base}-up`}
                    disabled={i === 0}
                    aria-label={t('sets.moveUp', { n: i + 1 })}
                    onClick={() => change({ ...draft, items: moveItem(items, i, -1) }, i - 1 === 0 ? `${base}-down` : `${base}-up`)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    class="button small"
                    id={`${base}-down`}
                    disabled={i === items.length - 1}
                    aria-label={t('sets.moveDown', { n: i + 1 })}
                    onClick={() => change({ ...draft, items: moveItem(items, i, 1) }, i + 1 === items.length - 1 ? `${base}-up` : `${base}-down`)}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    class="button small"
                    aria-label={t('sets.remove', { n: i + 1 })}
                    onClick={() => change({ ...draft, items: items.filter((_, j) => j !== i) }, 'set-search')}
                  >
                    {t('editor.remove')}
                  </button>
                </div>
              ) : (
                <p class="meta">
                  {t('sets.seconds', { n: item.timeLimitSeconds })} · {item.points}
                </p>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

const SEARCH_SIZE = 10;

/** Whether a live game plays the question: approved and not flagged for review. */
const playable = (q: Question) => q.status === 'APPROVED' && !q.needsReview;

function AddQuestions(props: { setId: number; draft: SetDraft; change: (next: SetDraft, focus?: string) => void }) {
  const [warning, setWarning] = useState<{ question: Question; replacement?: Question | null } | null>(null);
  const [q, setQ] = useState('');
  const [query, setQuery] = useState('');
  const [approvedOnly, setApprovedOnly] = useState(true);
  const [page, setPage] = useState(1);
  useEffect(() => {
    const timer = setTimeout(() => {
      setQuery(q.trim());
      setPage(1);
    }, 350);
    return () => clearTimeout(timer);
  }, [q]);
  const params = new URLSearchParams({ page: String(page), size: String(SEARCH_SIZE) });
  if (query) params.set('q', query);
  if (approvedOnly) params.set('status', 'APPROVED');
  const found = useApi<Page<Question>>(`/api/questions?${params.toString()}`);
  const inSet = new Set(props.draft.items.map((i) => i.questionId));

  const add = (question: Question) => {
    setWarning(null);
    props.change({ ...props.draft, items: [...props.draft.items, { questionId: question.id, ...newItem(question), question }] }, 'set-search');
  };

  /** A question a game would not play is not added silently: say why, and offer one on the same article. */
  const ask = async (question: Question) => {
    if (playable(question)) {
      add(question);
      return;
    }
    setWarning({ question });
    try {
      const found = await api<{ replacement: Question | null }>(`/api/questions/${question.id}/replacement?set=${props.setId}`);
      const replacement = found.replacement && !inSet.has(found.replacement.id) ? found.replacement : null;
      setWarning({ question, replacement });
    } catch {
      setWarning({ question, replacement: null });
    }
  };

  return (
    <section class="card-plain" aria-labelledby="set-add">
      <h2 id="set-add">{t('sets.add')}</h2>
      <div class="field">
        <label for="set-search">{t('filters.q')}</label>
        <input id="set-search" class="input" type="search" value={q} onInput={(e) => setQ(e.currentTarget.value)} />
      </div>
      <label class="check block">
        <input
          type="checkbox"
          checked={approvedOnly}
          onChange={(e) => {
            setApprovedOnly(e.currentTarget.checked);
            setPage(1);
          }}
        />{' '}
        {t('sets.approvedOnly')}
      </label>
      <p class="hint" role="status">
        {found.data ? t('bank.count', { count: found.data.total }) : ''}
      </p>
      <ErrorNotice error={found.error} />
      <ul class="q-list">
        {(found.data?.items ?? []).map((question) => (
          <li key={question.id} class="q-row">
            <div class="q-row-head">
              <span>{question.content.text}</span>
              <StatusBadges status={question.status} needsReview={question.needsReview} />
            </div>
            <p class="meta">{typeLabel(question.content.type)}</p>
            <button type="button" class="button small" disabled={inSet.has(question.id)} onClick={() => void ask(question)}>
              {inSet.has(question.id) ? t('sets.inSet') : t('sets.addOne')}
              <span class="sr-only"> ({t('detail.title', { id: question.id })})</span>
            </button>
            {warning && warning.question.id === question.id ? (
              <div class="notice notice-warn" role="alert">
                <p>
                  {t('sets.warnAdd', {
                    reason: question.needsReview && question.status === 'APPROVED' ? t('sets.warnNeedsReview') : t('sets.warnNotApproved'),
                  })}
                  {question.needsReview && question.needsReviewReason ? ` (${question.needsReviewReason})` : ''}
                </p>
                <p class="actions">
                  {warning.replacement ? (
                    <button type="button" class="button small primary" onClick={() => add(warning.replacement!)}>
                      {t('sets.warnReplace', { text: warning.replacement.content.text })}
                    </button>
                  ) : null}
                  <button type="button" class="button small" onClick={() => add(question)}>
                    {t('sets.warnAddAnyway')}
                  </button>
                  <button type="button" class="button small" onClick={() => setWarning(null)}>
                    {t('common.cancel')}
                  </button>
                </p>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
      {found.data ? <Pager page={found.data.page} size={found.data.size} total={found.data.total} onPage={setPage} /> : null}
    </section>
  );
}
