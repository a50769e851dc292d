import { useEffect, useState } from 'preact/hooks';
import { remainingAt, secondsLeft, type Timer } from '../game/timer';
import { t } from '../i18n';

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/**
 * Seconds left, counted from the server's `remainingMillis` at receipt on this device's monotonic
 * clock. A bar shows the share of `totalSeconds` left. Screen readers get the number as a timer
 * (not announced every second) and a polite word when five seconds remain.
 */
export function Countdown(props: { timer: Timer; totalSeconds: number; class?: string; urgentSeconds?: number }) {
  const { timer, totalSeconds } = props;
  const [, setTick] = useState(0);
  useEffect(() => {
    if (!timer.running) return;
    const id = setInterval(() => {
      setTick((n) => n + 1);
      if (remainingAt(timer, now()) <= 0) clearInterval(id);
    }, 200);
    return () => clearInterval(id);
  }, [timer]);
  const at = now();
  const seconds = secondsLeft(timer, at);
  const share = totalSeconds > 0 ? Math.min(1, remainingAt(timer, at) / (totalSeconds * 1000)) : 0;
  const urgent = timer.running && seconds <= (props.urgentSeconds ?? 5);
  return (
    <div class={`countdown${urgent ? ' urgent' : ''}${timer.running ? '' : ' frozen'}${props.class ? ` ${props.class}` : ''}`}>
      <span class="countdown-number" role="timer" aria-label={t('game.timeLeft', { n: seconds })}>
        {seconds}
      </span>
      <span class="countdown-bar" aria-hidden="true">
        <span style={{ width: `${(share * 100).toFixed(1)}%` }} />
      </span>
      <span class="sr-only" aria-live="polite">
        {urgent && seconds > 0 ? t('game.fiveLeft') : ''}
      </span>
    </div>
  );
}
