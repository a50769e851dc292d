import { useEffect, useState } from 'preact/hooks';
import { api } from '../../api';
import { formatDate } from '../../bank/labels';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { t } from '../../i18n';
import { navigate, type RouteProps } from '../../router';
import { MIN_PASSWORD } from './passwordChecks';

interface Invitation {
  email: string;
  displayName: string;
  expiresAt: string;
}

/** The token of the link: after '#', so that it never reaches a server log or another site. */
export function tokenOf(hash: string): string {
  return decodeURIComponent(hash.replace(/^#/, '')).trim();
}

/** The invitation link's page: whom it is for, then a new password twice (the server's policy decides). */
export function SetPassword(_props: RouteProps) {
  const token = tokenOf(window.location.hash);
  const [invitation, setInvitation] = useState<Invitation | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problems, setProblems] = useState<{ password?: string; repeat?: string }>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!token) {
      setLoadError(new Error(t('invite.noToken')));
      return;
    }
    api<Invitation>('/api/auth/invitation', { body: { token } }).then(setInvitation, setLoadError);
  }, [token]);

  const submit = async (event: Event) => {
    event.preventDefault();
    const found: typeof problems = {};
    if ([...password].length < MIN_PASSWORD) found.password = t('account.tooShort', { min: MIN_PASSWORD });
    else if (repeat !== password) found.repeat = t('account.mismatch');
    setProblems(found);
    if (found.password || found.repeat) {
      document.getElementById(found.password ? 'invite-password' : 'invite-repeat')?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const done = await api<{ email: string }>('/api/auth/invitation/accept', { body: { token, password } });
      navigate(`/login?email=${encodeURIComponent(done.email)}&set=1`, { replace: true });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="page narrow">
      <h1 tabIndex={-1}>{t('invite.title')}</h1>
      <ErrorNotice error={loadError} />
      {!invitation && !loadError ? <p class="loading">{t('common.loading')}</p> : null}
      {invitation ? (
        <>
          <p>{t('invite.intro', { name: invitation.displayName, email: invitation.email })}</p>
          <p class="hint">{t('invite.expires', { date: formatDate(invitation.expiresAt, true) })}</p>
          <form class="form" noValidate onSubmit={submit}>
            <ErrorNotice error={error} />
            <input type="email" name="username" autoComplete="username" value={invitation.email} hidden readOnly />
            <Field id="invite-password" label={t('account.new')} hint={t('account.newHint', { min: MIN_PASSWORD })} errors={problems.password ? [problems.password] : undefined}>
              {(p) => <input {...p} class="input" type="password" autoComplete="new-password" value={password} onInput={(e) => setPassword(e.currentTarget.value)} />}
            </Field>
            <Field id="invite-repeat" label={t('account.repeat')} errors={problems.repeat ? [problems.repeat] : undefined}>
              {(p) => <input {...p} class="input" type="password" autoComplete="new-password" value={repeat} onInput={(e) => setRepeat(e.currentTarget.value)} />}
            </Field>
            <button type="submit" class="button primary" disabled={busy}>
              {t('invite.submit')}
            </button>
          </form>
        </>
      ) : null}
    </section>
  );
}
