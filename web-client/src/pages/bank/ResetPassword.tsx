import { useState } from 'preact/hooks';
import { api } from '../../api';
import type { User } from '../../bank/types';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { t } from '../../i18n';

/**
 * The admin's password reset for one account: a temporary password typed here, or a one-time one
 * made by the server and shown once; the user is signed out and must change it at next sign-in.
 */
export function ResetPassword(props: { user: User; onDone: (message: string) => void; onCancel: () => void }) {
  const [password, setPassword] = useState('');
  const [resetTwoFactor, setResetTwoFactor] = useState(false);
  const [generated, setGenerated] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const prefix = `reset-${props.user.id}`;

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const answer = await api<{ temporaryPassword: string | null }>(`/api/users/${props.user.id}/password-reset`, {
        body: password ? { password, resetTwoFactor } : { resetTwoFactor },
      });
      if (answer.temporaryPassword) setGenerated(answer.temporaryPassword);
      else props.onDone(t('users.resetDone', { name: props.user.displayName }));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  if (generated) {
    return (
      <div class="notice notice-ok" role="status">
        <p>{t('users.resetDone', { name: props.user.displayName })}</p>
        <p>
          {t('users.resetGenerated')} <code class="temporary-password">{generated}</code>
        </p>
        <button type="button" class="button" onClick={() => props.onDone(t('users.resetDone', { name: props.user.displayName }))}>
          {t('account.recoveryDone')}
        </button>
      </div>
    );
  }
  return (
    <form class="form" noValidate onSubmit={submit} aria-label={t('users.resetTitle', { name: props.user.displayName })}>
      <p>
        <strong>{t('users.resetTitle', { name: props.user.displayName })}</strong>
      </p>
      <p class="hint">{t('users.resetIntro')}</p>
      <ErrorNotice error={error} />
      <Field id={`${prefix}-password`} label={t('users.resetPassword')}>
        {(p) => <input {...p} class="input" type="text" autoComplete="off" value={password} onInput={(e) => setPassword(e.currentTarget.value)} />}
      </Field>
      <label class="check block">
        <input type="checkbox" checked={resetTwoFactor} onChange={(e) => setResetTwoFactor(e.currentTarget.checked)} /> {t('users.resetTotp')}
      </label>
      <div class="actions">
        <button type="submit" class="button danger" disabled={busy}>
          {t('users.resetSubmit')}
        </button>
        <button type="button" class="button" onClick={props.onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
