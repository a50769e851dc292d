import { useState } from 'preact/hooks';
import { changePassword } from '../../auth';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { t, type MessageKey } from '../../i18n';
import { MIN_PASSWORD, passwordProblems, type PasswordChange, type PasswordField } from './passwordChecks';

const EMPTY: PasswordChange = { current: '', next: '', repeat: '' };
const FIELDS: readonly PasswordField[] = ['current', 'next', 'repeat'];

/** Changes one's own password: the current one (or the temporary one an admin set), the new one twice. */
export function PasswordForm(props: { currentLabel?: MessageKey; onChanged: () => void }) {
  const [change, setChange] = useState<PasswordChange>(EMPTY);
  const [problems, setProblems] = useState<ReturnType<typeof passwordProblems>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<PasswordChange>) => setChange({ ...change, ...patch });

  const submit = async (event: Event) => {
    event.preventDefault();
    const found = passwordProblems(change);
    setProblems(found);
    const first = FIELDS.find((f) => found[f]);
    if (first) {
      document.getElementById(`password-${first}`)?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await changePassword(change.current, change.next);
      setChange(EMPTY);
      props.onChanged();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const errors = (f: PasswordField) => (problems[f] ? [problems[f]!] : undefined);
  return (
    <form class="form" noValidate onSubmit={submit}>
      <ErrorNotice error={error} />
      <Field id="password-current" label={t(props.currentLabel ?? 'account.current')} errors={errors('current')}>
        {(p) => (
          <input {...p} class="input" type="password" autoComplete="current-password" value={change.current} onInput={(e) => set({ current: e.currentTarget.value })} />
        )}
      </Field>
      <Field id="password-next" label={t('account.new')} hint={t('account.newHint', { min: MIN_PASSWORD })} errors={errors('next')}>
        {(p) => <input {...p} class="input" type="password" autoComplete="new-password" value={change.next} onInput={(e) => set({ next: e.currentTarget.value })} />}
      </Field>
      <Field id="password-repeat" label={t('account.repeat')} errors={errors('repeat')}>
        {(p) => <input {...p} class="input" type="password" autoComplete="new-password" value={change.repeat} onInput={(e) => set({ repeat: e.currentTarget.value })} />}
      </Field>
      <button type="submit" class="button primary" disabled={busy}>
        {t('account.changeSubmit')}
      </button>
    </form>
  );
}
