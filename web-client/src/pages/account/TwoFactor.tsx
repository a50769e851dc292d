import { useMemo, useState } from 'preact/hooks';
import { api } from '../../api';
import { loadSession, type Me } from '../../auth';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { t } from '../../i18n';
import { qrPath } from '../host/qr';
import { totpCode } from './passwordChecks';

interface Enrolment {
  secret: string;
  uri: string;
}

/** Two-step verification on the account page: its state, enrolment (QR, key, first code, recovery codes), turning it off. */
export function TwoFactor(props: { me: Me; onMessage: (text: string) => void }) {
  const [recovery, setRecovery] = useState<string[] | null>(null);
  if (recovery) return <RecoveryCodes codes={recovery} onDone={() => setRecovery(null)} />;
  if (props.me.totpEnabled) return <TwoFactorOn me={props.me} onMessage={props.onMessage} />;
  return (
    <>
      <p>{t('account.totpOff')}</p>
      <Enrol onEnrolled={setRecovery} />
    </>
  );
}

/** The enrolment steps: start, scan, confirm with a first code. */
export function Enrol(props: { onEnrolled: (recoveryCodes: string[]) => void }) {
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null);
  const [code, setCode] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const run = async (step: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await step();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const start = () => run(async () => setEnrolment(await api<Enrolment>('/api/auth/totp/enrolment', { method: 'POST' })));
  const confirm = (event: Event) => {
    event.preventDefault();
    const digits = totpCode(code);
    setInvalid(!digits);
    if (!digits) {
      document.getElementById('totp-code')?.focus();
      return;
    }
    void run(async () => {
      const answer = await api<{ recoveryCodes: string[] }>('/api/auth/totp/enrolment/confirm', { body: { code: digits } });
      await loadSession();
      props.onEnrolled(answer.recoveryCodes);
    });
  };

  if (!enrolment) {
    return (
      <>
        <ErrorNotice error={error} />
        <button type="button" class="button primary" disabled={busy} onClick={start}>
          {t('account.totpStart')}
        </button>
      </>
    );
  }
  return (
    <form class="form" noValidate onSubmit={confirm}>
      <p>{t('account.totpScan')}</p>
      <TotpQr uri={enrolment.uri} />
      <p>
        {t('account.totpKey')}: <code class="totp-key">{enrolment.secret.replace(/(.{4})/g, '$1 ').trim()}</code>
      </p>
      <ErrorNotice error={error} />
      <Field id="totp-code" label={t('account.totpCode')} errors={invalid ? [t('account.totpCodeInvalid')] : undefined}>
        {(p) => (
          <input {...p} class="input" inputMode="numeric" autoComplete="one-time-code" maxLength={7} value={code} onInput={(e) => setCode(e.currentTarget.value)} />
        )}
      </Field>
      <button type="submit" class="button primary" disabled={busy}>
        {t('account.totpConfirm')}
      </button>
    </form>
  );
}

function TotpQr(props: { uri: string }) {
  const path = useMemo(() => qrPath(props.uri), [props.uri]);
  return (
    <figure class="qr">
      <svg viewBox={`0 0 ${path.size} ${path.size}`} role="img" aria-label={t('account.totpQr')} shape-rendering="crispEdges" width="200" height="200">
        <rect width={path.size} height={path.size} fill="#fff" />
        <path d={path.d} fill="#000" />
      </svg>
    </figure>
  );
}

/** The recovery codes, shown once after enrolment. */
export function RecoveryCodes(props: { codes: string[]; onDone: () => void }) {
  return (
    <div class="notice notice-info" role="status">
      <h3>{t('account.recoveryTitle')}</h3>
      <p>{t('account.recoveryIntro')}</p>
      <ul class="recovery-codes">
        {props.codes.map((c) => (
          <li key={c}>
            <code>{c}</code>
          </li>
        ))}
      </ul>
      <button type="button" class="button primary" onClick={props.onDone}>
        {t('account.recoveryDone')}
      </button>
    </div>
  );
}

function TwoFactorOn(props: { me: Me; onMessage: (text: string) => void }) {
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const disable = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await api('/api/auth/totp/disable', { body: { password } });
      setPassword('');
      await loadSession();
      props.onMessage(t('account.totpDisabled'));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <p>{t('account.totpOn')}</p>
      <form class="form" noValidate onSubmit={disable}>
        <ErrorNotice error={error} />
        <Field id="totp-disable-password" label={t('account.totpDisablePassword')}>
          {(p) => <input {...p} class="input" type="password" autoComplete="current-password" value={password} onInput={(e) => setPassword(e.currentTarget.value)} />}
        </Field>
        <button type="submit" class="button danger" disabled={busy || !password}>
          {t('account.totpDisable')}
        </button>
      </form>
    </>
  );
}
