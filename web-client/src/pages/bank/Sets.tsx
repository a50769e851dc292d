import { useState } from 'preact/hooks';
import { api } from '../../api';
import { currentUser, hasRole, useSession } from '../../auth';
import { formatDate } from '../../bank/labels';
import { setBody } from '../../bank/sets';
import type { QuestionSet, QuestionSetSummary } from '../../bank/types';
import { Badge } from '../../components/Badge';
import { BankNav } from '../../components/BankNav';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { setFlash, useFlash } from '../../flash';
import { t } from '../../i18n';
import { navigate, type RouteProps } from '../../router';
import { useApi } from '../../useApi';

/** Question sets: the ones the user owns or that are shared, and a form to start a new one. */
export function SetList(_props: RouteProps) {
  const sets = useApi<QuestionSetSummary[]>('/api/question-sets');
  const host = hasRole(currentUser(useSession()), 'HOST');
  const flash = useFlash();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [shared, setShared] = useState(false);
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const create = async (event: Event) => {
    event.preventDefault();
    if (!title.trim()) {
      setMissing(true);
      document.getElementById('set-title')?.focus();
      return;
    }
    setMissing(false);
    setBusy(true);
    setError(null);
    try {
      const created = await api<QuestionSet>('/api/question-sets', { body: setBody({ title, description, shared, items: [] }) });
      setFlash(t('sets.created'));
      navigate(`/bank/sets/${created.set.id}`);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="page">
      <BankNav />
      <h1 tabIndex={-1}>{t('sets.title')}</h1>
      <p class="lead">{t('sets.intro')}</p>
      {flash ? (
        <p class="notice notice-ok" role="status">
          {flash}
        </p>
      ) : null}
      <ErrorNotice error={sets.error} planned />
      {sets.loading && !sets.data ? <p class="loading">{t('common.loading')}</p> : null}
      {sets.data && sets.data.length === 0 ? <p>{t('sets.none')}</p> : null}
      {sets.data && sets.data.length > 0 ? (
        <ul class="q-list">
          {sets.data.map((s) => (
            <li key={s.id} class="q-row">
              <div class="q-row-head">
                <a class="q-link" href={`/bank/sets/${s.id}`}>
                  {s.title}
                </a>
                {s.starterKey ? <Badge tone="info">{t('sets.ready')}</Badge> : s.shared ? <Badge tone="info">{t('sets.shared')}</Badge> : null}
                {s.sharedContestId ? <Badge tone="info">{t('sets.sharedContest', { title: s.sharedContestTitle ?? String(s.sharedContestId) })}</Badge> : null}
                {s.sharedWith ? <Badge tone="info">{t('sets.sharedPerson', { name: s.sharedWithName ?? s.sharedWith })}</Badge> : null}
              </div>
              {s.description ? <p>{s.description}</p> : null}
              <p class="meta">
                {t('sets.meta', { count: s.questionCount, owner: s.ownerName, date: formatDate(s.updatedAt, true) })}
              </p>
              {host && s.questionCount > 0 ? (
                <a class="button small primary" href={`/host?set=${s.id}&play=1`} aria-label={t('sets.playNowNamed', { title: s.title })}>
                  {t('sets.playNow')}
                </a>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      <section class="card-plain" aria-labelledby="set-new">
        <h2 id="set-new">{t('sets.new')}</h2>
        <form class="form" noValidate onSubmit={create}>
          <ErrorNotice error={error} planned />
          <Field id="set-title" label={t('sets.setTitle')} errors={missing ? [t('sets.titleRequired')] : undefined}>
            {(p) => <input {...p} class="input" type="text" maxLength={200} value={title} onInput={(e) => setTitle(e.currentTarget.value)} />}
          </Field>
          <Field id="set-description" label={t('sets.description')}>
            {(p) => <textarea {...p} class="input" rows={2} value={description} onInput={(e) => setDescription(e.currentTarget.value)} />}
          </Field>
          <label class="check block">
            <input type="checkbox" checked={shared} onChange={(e) => setShared(e.currentTarget.checked)} /> {t('sets.shareLabel')}
          </label>
          <button type="submit" class="button primary" disabled={busy}>
            {t('sets.create')}
          </button>
        </form>
      </section>
    </section>
  );
}
