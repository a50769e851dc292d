import { useEffect, useRef, useState } from 'preact/hooks';
import { describedBy } from '../../components/Field';
import { PinInput } from '../../components/PinInput';
import { t } from '../../i18n';
import { formatPin, validatePin } from '../../pin';
import type { PinCheck } from './earlySocket';

/** Nicknames: 1–20 characters (the server's rule; it also refuses rude ones and repeats). */
export const NICKNAME_MAX = 20;

/** Where the room's refusal belongs: the nickname, the PIN, or the form as a whole. */
export function refusalField(code: string): 'nickname' | 'pin' | 'form' {
  if (code.startsWith('NICKNAME_')) return 'nickname';
  if (['GAME_NOT_FOUND', 'ROOM_LOCKED', 'ROOM_FULL', 'GAME_STARTED', 'GAME_OVER'].includes(code)) return 'pin';
  return 'form';
}

/**
 * The way into a game, in two steps: the PIN (filled in from the link), checked by the room at once,
 * then, once the room is known, the nickname. A wrong PIN is said before any nickname is asked.
 */
export function JoinPanel(props: {
  pin: string | null;
  nickname: string;
  busy: boolean;
  check: PinCheck | null;
  refusal: { code: string; message: string } | null;
  onWarm: () => void;
  onCheck: (pin: string) => void;
  onChangePin: () => void;
  onJoin: (pin: string, nickname: string, unitId?: number) => void;
}) {
  const [pin, setPin] = useState(props.pin ? formatPin(props.pin) : '');
  const [nickname, setNickname] = useState(props.nickname);
  const [pinError, setPinError] = useState<string | null>(null);
  const [nickError, setNickError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [unit, setUnit] = useState('');
  const pinInput = useRef<HTMLInputElement>(null);
  const nickInput = useRef<HTMLInputElement>(null);
  const { check } = props;
  const known = check && (check.status === 'found' || check.status === 'unknown') ? check.pin : null;
  const checking = check?.status === 'checking';
  const step = known ? 'nickname' : 'pin';
  // The units the game offers (the host's organisation and those under it): naming one is optional.
  const units = check?.status === 'found' ? (check.units ?? []) : [];

  // The room's word goes next to the field it is about, and focus goes there.
  useEffect(() => {
    const refusal = props.refusal;
    if (!refusal) return;
    const field = refusalField(refusal.code);
    setPinError(field === 'pin' ? refusal.message : null);
    setNickError(field === 'nickname' ? refusal.message : null);
    setFormError(field === 'form' ? refusal.message : null);
    if (field === 'pin') props.onChangePin();
    (field === 'pin' ? pinInput : nickInput).current?.focus();
  }, [props.refusal]);

  // The check's answer: a wrong PIN is said at the PIN; a known game moves on to the nickname.
  useEffect(() => {
    if (check?.status === 'notFound' || check?.status === 'refused') {
      setPinError(check.message);
      pinInput.current?.focus();
    } else if (check?.status === 'found' || check?.status === 'unknown') {
      setPin(formatPin(check.pin));
      nickInput.current?.focus({ preventScroll: true });
    }
  }, [check]);

  const submitPin = (event: Event) => {
    event.preventDefault();
    const checked = validatePin(pin);
    setFormError(null);
    if (!checked.ok) {
      setPinError(t(checked.error === 'empty' ? 'pin.error.empty' : 'pin.error.format'));
      pinInput.current?.focus();
      return;
    }
    setPinError(null);
    props.onCheck(checked.pin);
  };

  const submitNickname = (event: Event) => {
    event.preventDefault();
    const name = nickname.normalize('NFC').replace(/\s+/g, ' ').trim();
    const nickProblem = name === '' ? t('play.nicknameEmpty') : [...name].length > NICKNAME_MAX ? t('play.nicknameLong', { max: NICKNAME_MAX }) : null;
    setNickError(nickProblem);
    setFormError(null);
    if (nickProblem) nickInput.current?.focus();
    else if (known) props.onJoin(known, name, unit && units.some((u) => String(u.id) === unit) ? Number(unit) : undefined);
  };

  const notice = formError ? (
    <p class="notice notice-error" role="alert">
      {formError}
    </p>
  ) : null;

  if (step === 'pin') {
    return (
      <form class="join-panel" onSubmit={submitPin} noValidate>
        {notice}
        <div class={`field${pinError ? ' invalid' : ''}`}>
          <label for="play-pin">{t('pin.label')}</label>
          <p id="play-pin-hint" class="hint">
            {t('pin.hint')}
          </p>
          <PinInput
            id="play-pin"
            inputRef={pinInput}
            value={pin}
            invalid={Boolean(pinError)}
            describedBy={describedBy('play-pin', true, pinError ? [pinError] : [])}
            onValue={(typed) => {
              setPin(typed);
              setPinError(null);
              // A whole PIN typed: open the socket now, the check then costs one round trip.
              if (validatePin(typed).ok) props.onWarm();
            }}
          />
          <p id="play-pin-error" class="field-error" role="alert">
            {pinError ?? ''}
          </p>
        </div>
        <button type="submit" class="button primary big" disabled={checking}>
          {checking ? t('play.checking') : t('play.next')}
        </button>
      </form>
    );
  }

  return (
    <form class="join-panel" onSubmit={submitNickname} noValidate>
      {notice}
      <p class="pin-display">
        {t('play.pin', { pin: formatPin(known!) })}{' '}
        <button type="button" class="link-button" onClick={props.onChangePin}>
          {t('play.changePin')}
        </button>
      </p>
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
      {units.length > 0 ? (
        <div class="field">
          <label for="play-unit">{t('play.unit')}</label>
          <p id="play-unit-hint" class="hint">
            {t('play.unitHint')}
          </p>
          <select
            id="play-unit"
            name="unit"
            class="unit-select"
            aria-describedby="play-unit-hint"
            value={unit}
            onChange={(e) => setUnit(e.currentTarget.value)}
          >
            <option value="">{t('play.unitNone')}</option>
            {units.map((u) => (
              <option key={u.id} value={String(u.id)}>
                {u.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <button type="submit" class="button primary big" disabled={props.busy}>
        {props.busy ? t('play.joining') : t('play.join')}
      </button>
    </form>
  );
}
