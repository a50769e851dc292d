import { useEffect, useRef, useState } from 'preact/hooks';
import { describedBy } from '../../components/Field';
import { t } from '../../i18n';
import { formatPin, validatePin } from '../../pin';

/** Nicknames: 1–20 characters (the server's rule; it also refuses rude ones and repeats). */
export const NICKNAME_MAX = 20;

/** Where the room's refusal belongs: the nickname, the PIN, or the form as a whole. */
export function refusalField(code: string): 'nickname' | 'pin' | 'form' {
  if (code.startsWith('NICKNAME_')) return 'nickname';
  if (['GAME_NOT_FOUND', 'ROOM_LOCKED', 'ROOM_FULL', 'GAME_STARTED', 'GAME_OVER'].includes(code)) return 'pin';
  return 'form';
}

/** The PIN (filled in from the link) and a nickname: the way into a game. */
export function JoinPanel(props: {
  pin: string | null;
  nickname: string;
  busy: boolean;
  refusal: { code: string; message: string } | null;
  onJoin: (pin: string, nickname: string) => void;
}) {
  const [pin, setPin] = useState(props.pin ? formatPin(props.pin) : '');
  const [nickname, setNickname] = useState(props.nickname);
  const [pinError, setPinError] = useState<string | null>(null);
  const [nickError, setNickError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const pinInput = useRef<HTMLInputElement>(null);
  const nickInput = useRef<HTMLInputElement>(null);

  // The room's word goes next to the field it is about, and focus goes there.
  useEffect(() => {
    const refusal = props.refusal;
    if (!refusal) return;
    const field = refusalField(refusal.code);
    setPinError(field === 'pin' ? refusal.message : null);
    setNickError(field === 'nickname' ? refusal.message : null);
    setFormError(field === 'form' ? refusal.message : null);
    (field === 'pin' ? pinInput : nickInput).current?.focus();
  }, [props.refusal]);

  const submit = (event: Event) => {
    event.preventDefault();
    const checked = validatePin(pin);
    const name = nickname.normalize('NFC').replace(/\s+/g, ' ').trim();
    const pinProblem = checked.ok ? null : t(checked.error === 'empty' ? 'pin.error.empty' : 'pin.error.format');
    const nickProblem = name === '' ? t('play.nicknameEmpty') : [...name].length > NICKNAME_MAX ? t('play.nicknameLong', { max: NICKNAME_MAX }) : null;
    setPinError(pinProblem);
    setNickError(nickProblem);
    setFormError(null);
    if (pinProblem) pinInput.current?.focus();
    else if (nickProblem) nickInput.current?.focus();
    if (checked.ok && !nickProblem) props.onJoin(checked.pin, name);
  };

  return (
    <form class="join-panel" onSubmit={submit} noValidate>
      {formError ? (
        <p class="notice notice-error" role="alert">
          {formError}
        </p>
      ) : null}
      <div class={`field${pinError ? ' invalid' : ''}`}>
        <label for="play-pin">{t('pin.label')}</label>
        <p id="play-pin-hint" class="hint">
          {t('pin.hint')}
        </p>
        <input
          ref={pinInput}
          id="play-pin"
          name="pin"
          type="text"
          inputMode="numeric"
          autoComplete="off"
          spellcheck={false}
          class="pin-input"
          value={pin}
          aria-invalid={pinError ? 'true' : undefined}
          aria-describedby={describedBy('play-pin', true, pinError ? [pinError] : [])}
          onInput={(e) => {
            setPin(e.currentTarget.value);
            setPinError(null);
          }}
        />
        <p id="play-pin-error" class="field-error" role="alert">
          {pinError ?? ''}
        </p>
      </div>
      <div class={`field${nickError ? ' invalid' : ''}`}>
        <label for="play-nickname">{t('play.nickname')}</label>
        <p id="play-nickname-hint" class="hint">
          {t('play.nicknameHint', { max: NICKNAME_MAX })}
        </p>
        <input
          ref={nickInput}
          id="play-nickname"
          name="nickname"
          type="text"
          autoComplete="nickname"
          autoCapitalize="words"
          spellcheck={false}
          maxLength={40}
          class="nickname-input"
          value={nickname}
          aria-invalid={nickError ? 'true' : undefined}
          aria-describedby={describedBy('play-nickname', true, nickError ? [nickError] : [])}
          onInput={(e) => {
            setNickname(e.currentTarget.value);
            setNickError(null);
          }}
        />
        <p id="play-nickname-error" class="field-error" role="alert">
          {nickError ?? ''}
        </p>
      </div>
      <button type="submit" class="button primary big" disabled={props.busy}>
        {props.busy ? t('play.joining') : t('play.join')}
      </button>
    </form>
  );
}
