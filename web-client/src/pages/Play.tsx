import { t } from '../i18n';
import { formatPin, validatePin } from '../pin';
import type { RouteProps } from '../router';
import { ComingSoon } from './ComingSoon';
import { JoinForm } from './JoinForm';

/** Player screen (placeholder): shows the PIN from ?pin=…, or asks for one. */
export function Play({ location }: RouteProps) {
  const result = validatePin(location.query.get('pin') ?? '');
  return (
    <ComingSoon titleKey="play.title" textKey="play.soon">
      {result.ok ? (
        <p class="pin-display">{t('play.pin', { pin: formatPin(result.pin) })}</p>
      ) : (
        <>
          <p>{t('play.noPin')}</p>
          <JoinForm id="play-pin" />
        </>
      )}
    </ComingSoon>
  );
}
