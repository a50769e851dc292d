import { useRef, useState } from 'preact/hooks';
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
        <input
          ref={input}
          id={id}
          name="pin"
          type="text"
          inputMode="numeric"
          autoComplete="off"
          spellcheck={false}
          class="pin-input"
          value={value}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={`${id}-hint ${id}-error`}
          onInput={(event) => {
            setValue(event.currentTarget.value);
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
