import { useRef, useState } from 'preact/hooks';
import { PinInput } from '../components/PinInput';
import { t } from '../i18n';
import { validatePin, type PinError } from '../pin';
import { navigate } from '../router';

/** The PIN form: validates 6–7 digits and goes to /play?pin=… */
export function JoinForm({ id = 'pin' }: { id?: string }) {
  const [value, setValue] = useState('');
  const [error, setError] = useState<PinError | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const onSubmit = (event: Event) => {
    event.preventDefault();
    const result = validatePin(value);
    if (result.ok) {
      navigate(`/play?pin=${result.pin}`);
    } else {
      setError(result.error);
      input.current?.focus();
    }
  };

  return (
    <form class="join-form" onSubmit={onSubmit} noValidate>
      <label for={id}>{t('pin.label')}</label>
      <p id={`${id}-hint`} class="hint">
        {t('pin.hint')}
      </p>
      <div class="join-row">
        <PinInput
          id={id}
          inputRef={input}
          value={value}
          invalid={error !== null}
          describedBy={`${id}-hint ${id}-error`}
          onValue={(typed) => {
            setValue(typed);
            setError(null);
          }}
        />
        <button type="submit" class="button primary">
          {t('pin.submit')}
        </button>
      </div>
      <p id={`${id}-error`} class="field-error" role="alert">
        {error ? t(error === 'empty' ? 'pin.error.empty' : 'pin.error.format') : ''}
      </p>
    </form>
  );
}
