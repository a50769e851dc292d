import { useState } from 'preact/hooks';
import { api, ApiError } from '../../api';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { cleanAccessCode } from '../../contest/registration';
import { t } from '../../i18n';

/**
 * The contestant's personal data (dữ liệu cá nhân): download everything kept about them as a JSON file,
 * or erase it — typing the access code again to confirm. Results stay, anonymised.
 */
export function MyData(props: { contestId: number; onErased: () => void }) {
  const [open, setOpen] = useState(false);
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const erase = async (event: Event) => {
    event.preventDefault();
    const accessCode = cleanAccessCode(code);
    setError(null);
    if (!accessCode) {
      setProblem(t('data.codeRequired'));
      document.getElementById('erase-code')?.focus();
      return;
    }
    setBusy(true);
    try {
      await api<void>(`/api/contests/${props.contestId}/me/erase`, { body: { accessCode } });
      props.onErased();
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) setProblem(e.message || t('data.wrongCode'));
      else setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="my-data" aria-labelledby="my-data-heading">
      <h3 id="my-data-heading">{t('data.heading')}</h3>
      <p class="hint">{t('data.hint')}</p>
      <p>
        <a class="button" href={`/api/contests/${props.contestId}/me/data`} download>
          {t('data.download')}
        </a>{' '}
        {!open ? (
          <button type="button" class="button danger" onClick={() => setOpen(true)}>
            {t('data.erase')}
          </button>
        ) : null}
      </p>
      {open ? (
        <form class="form" noValidate onSubmit={erase}>
          <p class="notice notice-warn">{t('data.eraseWarning')}</p>
          <Field id="erase-code" label={t('data.code')} errors={problem ? [problem] : undefined}>
            {(a) => (
              <input
                {...a}
                class="input access-code-input"
                type="text"
                autoComplete="off"
                autoCapitalize="characters"
                spellcheck={false}
                maxLength={40}
                value={code}
                onInput={(e) => setCode(e.currentTarget.value)}
              />
            )}
          </Field>
          <ErrorNotice error={error} />
          <button type="submit" class="button danger" disabled={busy}>
            {busy ? t('data.erasing') : t('data.confirmErase')}
          </button>{' '}
          <button type="button" class="button" onClick={() => setOpen(false)}>
            {t('data.cancel')}
          </button>
        </form>
      ) : null}
    </section>
  );
}
