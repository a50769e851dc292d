import { useEffect, useState } from 'preact/hooks';
import { currentUser, useSession } from '../../auth';
import { t } from '../../i18n';
import { navigate, type RouteProps } from '../../router';
import { PasswordForm } from './PasswordForm';
import { TwoFactor } from './TwoFactor';

/** One's own account: change the password, set up or turn off two-step verification. */
export function Account(_props: RouteProps) {
  const session = useSession();
  const me = currentUser(session);
  const [message, setMessage] = useState('');
  useEffect(() => {
    if (session.state === 'anonymous') navigate('/login?next=%2Faccount', { replace: true });
  }, [session.state]);
  if (!me) return <p class="loading">{t('common.loading')}</p>;
  return (
    <section class="page narrow">
      <h1 tabIndex={-1}>{t('account.title')}</h1>
      <p>{t('account.signedInAs', { name: me.displayName, email: me.email })}</p>
      <p class="notice notice-ok" role="status" hidden={!message}>
        {message}
      </p>
      <section class="card-plain" aria-labelledby="account-password">
        <h2 id="account-password">{t('account.passwordTitle')}</h2>
        <PasswordForm onChanged={() => setMessage(t('account.changed'))} />
      </section>
      <section class="card-plain" aria-labelledby="account-totp">
        <h2 id="account-totp">{t('account.totpTitle')}</h2>
        <TwoFactor me={me} onMessage={setMessage} />
      </section>
    </section>
  );
}
