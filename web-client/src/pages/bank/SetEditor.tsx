import { useEffect, useRef, useState } from 'preact/hooks';
import { api } from '../../api';
import { currentUser, hasRole, useSession } from '../../auth';
import { moveItem, POINTS, setBody, TIME_LIMITS, type SetDraft } from '../../bank/sets';
import { differs, draftBody, restoreDraft, type DraftEntry, type StoredDraft } from '../../bank/setDraft';
import type { QuestionSet } from '../../bank/types';
import { StatusBadges } from '../../components/Badge';
import { BankNav } from '../../components/BankNav';
import { ConfirmDialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ExportControl } from '../../components/ExportControl';
import { Field } from '../../components/Field';
import { setFlash, useFlash } from '../../flash';
import { t } from '../../i18n';
import { navigate, type RouteProps } from '../../router';
import { useApi } from '../../useApi';
import { SetSharing } from './SetSharing';
import { AddQuestions } from './SetAddQuestions';

/** How long after the last change the unsaved draft is sent to the server. */
const DRAFT_DELAY_MS = 600;

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
  const [kept, setKept] = useState<StoredDraft | null>(null);
  const pendingDraft = useRef<SetDraft | null>(null);

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

  // A draft left from an earlier visit (on this or another device): offered, never applied unasked.
  useEffect(() => {
    const s = loaded.data;
    if (!s || !(s.set.ownerId === me?.id || hasRole(me, 'ADMIN'))) return;
    let live = true;
    api<StoredDraft>(`/api/question-sets/${id}/draft`).then(
      (found) => {
        const saved = { title: s.set.title, description: s.set.description ?? '', shared: s.set.shared, items: s.items,
          sharedContestId: s.set.sharedContestId ?? null, sharedWith: s.set.sharedWith ?? null };
        if (live && found?.draft && differs(found.draft, saved)) setKept(found);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [loaded.data]);

  // Unsaved changes go to the server shortly after each change, and at once when the editor is left.
  const keepDraft = (next: SetDraft) => api(`/api/question-sets/${id}/draft`, { method: 'PUT', body: draftBody(next) }).catch(() => undefined);
  useEffect(() => {
    if (!dirty || !draft || kept) return;
    pendingDraft.current = draft;
    const timer = setTimeout(() => {
      pendingDraft.current = null;
      void keepDraft(draft);
    }, DRAFT_DELAY_MS);
    return () => clearTimeout(timer);
  }, [draft, dirty, kept]);
  useEffect(
    () => () => {
      if (pendingDraft.current) void keepDraft(pendingDraft.current);
    },
    [],
  );

  const restore = () => {
    if (!kept?.draft || !loaded.data) return;
    setDraft(restoreDraft(kept.draft, loaded.data.items));
    setKept(null);
    setDirty(true);
    setMessage(t('sets.draftRestored'));
    requestAnimationFrame(() => document.getElementById('set-edit-title')?.focus());
  };
  const discard = async () => {
    setKept(null);
    setMessage(t('sets.draftDiscarded'));
    await api(`/api/question-sets/${id}/draft`, { method: 'DELETE' }).catch(() => undefined);
  };

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
      pendingDraft.current = null;
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
          {owner && kept?.draft ? (
            <section class="notice notice-warn draft-banner" aria-labelledby="set-draft-title">
              <h2 id="set-draft-title">{t('sets.draftTitle')}</h2>
              <p>
                {t('sets.draftText', {
                  when: kept.savedAt ? new Date(kept.savedAt).toLocaleString(document.documentElement.lang || 'vi') : '',
                  count: kept.draft.items.length,
                })}
              </p>
              <p class="actions">
                <button type="button" class="button primary" onClick={restore}>
                  {t('sets.draftRestore')}
                </button>
                <button type="button" class="button" onClick={() => void discard()}>
                  {t('sets.draftDiscard')}
                </button>
              </p>
            </section>
          ) : null}
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
                  {message || (dirty ? t('sets.draftKept') : '')}
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
                <a href={`/bank/${item.questionId}`}>{item.question?.content.text ?? (item as DraftEntry).text ?? t('bank.untitled', { id: item.questionId })}</a>{' '}
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
                    aria-label={`${t('editor.remove')} (${t('sets.remove', { n: i + 1 })})`}
                    onClick={() => change({ ...draft, items: items.filter((_, j) => j !== i) }, 'set-find-q')}
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
