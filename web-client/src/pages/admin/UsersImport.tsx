import { useState } from 'preact/hooks';
import { ApiError, api } from '../../api';
import { roleLabel } from '../../bank/labels';
import type { User } from '../../bank/types';
import { type Problem, ProblemTable } from '../../components/ProblemTable';
import { ErrorNotice } from '../../components/ErrorNotice';
import { t } from '../../i18n';
import { InviteLink } from './InviteLink';

/** Reads a chosen file as UTF-8 text (a byte-order mark is left for the server, which ignores it). */
function readText(file: File): Promise<string> {
  return file.text();
}

/** Many accounts at once from a CSV file: every row right or none created; each new account gets its link. */
export function UsersImport(props: { onCreated: () => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [created, setCreated] = useState<User[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    setProblems([]);
    setError(null);
    if (!file) {
      setError(new Error(t('usersImport.noFile')));
      document.getElementById('users-file')?.focus();
      return;
    }
    setBusy(true);
    try {
      const csv = await readText(file);
      const accounts = await api<User[]>('/api/users/import', { body: { csv } });
      setCreated(accounts);
      props.onCreated();
    } catch (e) {
      const body = e instanceof ApiError ? (e.payload as { problems?: Problem[] } | undefined) : undefined;
      if (body?.problems) setProblems(body.problems);
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="card-plain" aria-labelledby="users-import">
      <h2 id="users-import">{t('usersImport.title')}</h2>
      <p>{t('usersImport.intro')}</p>
      <p>
        <a class="button small" href="/api/users/template.csv" download="tai-khoan-mau.csv">
          {t('usersImport.template')}
        </a>
      </p>
      <form class="form" noValidate onSubmit={submit}>
        <label for="users-file">{t('usersImport.file')}</label>
        <input id="users-file" class="input" type="file" accept=".csv,text/csv" onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)} />
        <button type="submit" class="button primary" disabled={busy}>
          {t('usersImport.submit')}
        </button>
      </form>
      <ErrorNotice error={error} />
      {problems.length > 0 ? (
        <ProblemTable id="users-problems" caption={t('usersImport.problems', { count: problems.length })} problems={problems} />
      ) : null}
      {created.length > 0 ? (
        <section aria-labelledby="users-created">
          <h3 id="users-created">{t('usersImport.created', { count: created.length })}</h3>
          <p class="hint">{t('invite.once')}</p>
          <ul class="plain-list">
            {created.map((u) => (
              <li key={u.id}>
                <strong>{u.displayName}</strong> — {u.roles.map(roleLabel).join(', ')}
                {u.inviteUrl ? <InviteLink email={u.email} url={u.inviteUrl} expiresAt={u.inviteExpiresAt ?? null} mailed={u.mailed} /> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </section>
  );
}
