import { useEffect, useRef, useState } from 'preact/hooks';
import { formatClock, spokenDuration, warningCrossed } from '../../contest/clock';
import { remainingAt, type Timer } from '../../game/timer';
import { t } from '../../i18n';

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/**
 * The attempt's time left as a clock ("12:05"), red in the last minute. Screen readers get it as a
 * timer (read when asked) and a polite word at 5 minutes and at 1 minute left.
 */
export function AttemptClock(props: { timer: Timer; stopped?: boolean }) {
  const [, setTick] = useState(0);
  const [warning, setWarning] = useState('');
  const last = useRef(remainingAt(props.timer, now()));
  useEffect(() => {
    if (props.stopped) return;
    const id = setInterval(() => {
      const left = remainingAt(props.timer, now());
      const crossed = warningCrossed(last.current, left);
      last.current = left;
      if (crossed !== null) setWarning(t('attempt.warning', { time: spokenDuration(crossed, 'ceil') }));
      setTick((n) => n + 1);
    }, 250);
    return () => clearInterval(id);
  }, [props.timer, props.stopped]);
  const left = props.stopped ? 0 : remainingAt(props.timer, now());
  return (
    <div class={`attempt-clock${left <= 60_000 ? ' urgent' : ''}`}>
      <span class="attempt-clock-label" aria-hidden="true">
        {t('attempt.timeLeft')}
      </span>
      <span class="attempt-clock-time" role="timer" aria-label={t('attempt.timeLeftSpoken', { time: spokenDuration(left, 'ceil') })}>
        {formatClock(left)}
      </span>
      <span class="sr-only" aria-live="polite">
        {warning}
      </span>
    </div>
  );
}
