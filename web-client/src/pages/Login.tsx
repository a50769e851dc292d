import { useEffect, useRef, useState } from 'preact/hooks';
import { roleLabel } from '../bank/labels';
import { currentUser, signIn, signOut, submitSignInCode, useSession, type Me } from '../auth';
import { Field } from '../components/Field';
import { ErrorNotice } from '../components/ErrorNotice';
import { safeNext } from '../components/RequireRole';
import { landingFor } from '../roles';
import { t } from '../i18n';
import { navigate, type RouteProps } from '../router';

/** Sign-in for hosts, authors, reviewers and admins; then back to where they were going. */
export function Login({ location }: RouteProps) {
  const me = currentUser(useSession());
  const wanted = location.query.get('next');
  /** Where to go once signed in: the page asked for, else the person's own home. */
  const target = (who: typeof me) => (wanted ? safeNext(wanted) : landingFor(who));
  const next = target(me);
  const [email, setEmail] = useState(location.query.get('email') ?? '');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<'email' | 'password' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [challenge, setChallenge] = useState<string | null>(null);
  const emailInput = useRef<HTMLInputElement>(null);
  const passwordInput = useRef<HTMLInputElement>(null);

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    setError(null);
    if (!email.trim()) {
      setMissing('email');
      emailInput.current?.focus();
      return;
    }
    if (!password) {
      setMissing('password');
      passwordInput.current?.focus();
      return;
    }
    setMissing(null);
    setBusy(true);
    try {
      const result = await signIn(email, password);
      if (result.kind === 'code') {
        setChallenge(result.challenge);
        setPassword('');
        return;
      }
      navigate(target(result.me), { replace: true });
    } catch (e) {
      setError(e);
      setPassword('');
      passwordInput.current?.focus();
    } finally {
      setBusy(false);
    }
  };

  if (me) {
    return (
      <section class="page narrow">
        <h1 tabIndex={-1}>{t('login.title')}</h1>
        <p>{t('login.signedInAs', { name: me.displayName, email: me.email })}</p>
        <p>{t('login.roles', { roles: me.roles.map(roleLabel).join(', ') })}</p>
        <p class="actions">
          <a class="button primary" href={next}>
            {t('login.continue')}
          </a>
          <button type="button" class="button" onClick={() => signOut().catch(() => undefined)}>
            {t('auth.signOut')}
          </button>
        </p>
      </section>
    );
  }

  if (challenge) {
    return <CodeStep challenge={challenge} onSignedIn={(who) => navigate(target(who), { replace: true })} onRestart={() => setChallenge(null)} />;
  }

  return (
    <section class="page narrow">
      <h1 tabIndex={-1}>{t('login.title')}</h1>
      {location.query.get('set') ? (
        <p class="notice notice-ok" role="status">
          {t('invite.done')}
        </p>
      ) : null}
      <p>{t('login.intro')}</p>
      <form class="form" onSubmit={onSubmit} noValidate>
        <ErrorNotice error={error} />
        <Field id="login-email" label={t('login.email')} errors={missing === 'email' ? [t('login.emailMissing')] : undefined}>
          {(p) => (
            <input
              {...p}
              ref={emailInput}
              class="input"
              type="email"
              name="email"
              autoComplete="username"
              required
              value={email}
              onInput={(e) => setEmail(e.currentTarget.value)}
            />
          )}
        </Field>
        <Field id="login-password" label={t('login.password')} errors={missing === 'password' ? [t('login.passwordMissing')] : undefined}>
          {(p) => (
            <input
              {...p}
              ref={passwordInput}
              class="input"
              type="password"
              name="password"
              autoComplete="current-password"
              required
              value={password}
              onInput={(e) => setPassword(e.currentTarget.value)}
            />
          )}
        </Field>
        <button type="submit" class="button primary" disabled={busy}>
          {busy ? t('login.busy') : t('login.submit')}
        </button>
      </form>
      <p class="hint">{t('login.players')}</p>
    </section>
  );
}

/** The second sign-in step: a code from the authenticator app, or a recovery code. */
function CodeStep(props: { challenge: string; onSignedIn: (me: Me) => void; onRestart: () => void }) {
  const [code, setCode] = useState('');
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    setError(null);
    setMissing(!code.trim());
    if (!code.trim()) {
      input.current?.focus();
      return;
    }
    setBusy(true);
    try {
      props.onSignedIn(await submitSignInCode(props.challenge, code));
    } catch (e) {
      setError(e);
      setCode('');
      input.current?.focus();
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="page narrow">
      <h1 tabIndex={-1}>{t('login.codeTitle')}</h1>
      <p>{t('login.codeIntro')}</p>
      <form class="form" onSubmit={onSubmit} noValidate>
        <ErrorNotice error={error} />
        <Field id="login-code" label={t('login.code')} errors={missing ? [t('login.codeMissing')] : undefined}>
          {(p) => (
            <input
              {...p}
              ref={input}
              class="input"
              type="text"
              name="code"
              inputMode="text"
              autoComplete="one-time-code"
              maxLength={20}
              value={code}
              onInput={(e) => setCode(e.currentTarget.value)}
            />
          )}
        </Field>
        <p class="actions">
          <button type="submit" class="button primary" disabled={busy}>
            {t('login.codeSubmit')}
          </button>
          <button type="button" class="button" onClick={props.onRestart}>
            {t('login.codeBack')}
          </button>
        </p>
      </form>
    </section>
  );
}
