// The attempt's countdown: the server's `remainingMs` at receipt, counted down on this device's
// monotonic clock (performance.now()), and set again from every answer the server sends back.
import { remainingAt, startTimer, type Timer } from '../game/timer';
import { t } from '../i18n';

/** Below this gap a new figure from the server is not worth a jump of the clock. */
export const RESYNC_TOLERANCE_MS = 500;
/** Moments announced to screen readers (and shown in red from the last one). */
export const WARNINGS_MS: readonly number[] = [5 * 60_000, 60_000];

export function attemptTimer(remainingMs: number, at: number): Timer {
  return startTimer(remainingMs, at);
}

/**
 * The timer after an answer from the server said `remainingMs` at `at`: the server's time wins,
 * unless it differs by less than the tolerance (then the same timer, so nothing re-renders).
 */
export function resync(timer: Timer, remainingMs: number, at: number): Timer {
  const shown = remainingAt(timer, at);
  if (Math.abs(shown - Math.max(0, remainingMs)) < RESYNC_TOLERANCE_MS) return timer;
  return startTimer(remainingMs, at);
}

export function isTimeUp(timer: Timer, now: number): boolean {
  return remainingAt(timer, now) <= 0;
}

/** The warning passed between two readings of the clock (5 min, 1 min), or null. */
export function warningCrossed(beforeMs: number, afterMs: number): number | null {
  for (const at of WARNINGS_MS) {
    if (beforeMs > at && afterMs <= at && afterMs > 0) return at;
  }
  return null;
}

function parts(ms: number, round: 'ceil' | 'floor'): { h: number; m: number; s: number } {
  const total = Math[round](Math.max(0, ms) / 1000);
  return { h: Math.floor(total / 3600), m: Math.floor((total % 3600) / 60), s: total % 60 };
}

const two = (n: number) => String(n).padStart(2, '0');

/** A countdown as a clock: "05:00", "00:07", "1:02:03" (whole seconds, rounded up like every countdown). */
export function formatClock(ms: number): string {
  const { h, m, s } = parts(ms, 'ceil');
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${two(m)}:${two(s)}`;
}

/** A length of time in words: "12 phút 3 giây", "1 giờ 5 phút"; `round`: up for what is left, down for what was taken. */
export function spokenDuration(ms: number, round: 'ceil' | 'floor' = 'floor'): string {
  const { h, m, s } = parts(ms, round);
  const words: string[] = [];
  if (h > 0) words.push(t('time.hours', { n: h }));
  if (m > 0) words.push(t('time.minutes', { n: m }));
  if (s > 0 || words.length === 0) words.push(t('time.seconds', { n: s }));
  return words.join(' ');
}

/** Time taken, to a tenth of a second, for rankings: "8:12,4" (vi) or "8:12.4" (en). */
export function formatElapsed(ms: number, locale: string): string {
  const tenths = Math.floor(Math.max(0, ms) / 100);
  const minutes = Math.floor(tenths / 600);
  const seconds = (tenths % 600) / 10;
  let text: string;
  try {
    text = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1, minimumIntegerDigits: 2 }).format(seconds);
  } catch {
    text = seconds.toFixed(1).padStart(4, '0');
  }
  return `${minutes}:${text}`;
}

/** How far the server's clock is ahead of this device's (ms), from a `serverTime` received at `receivedAt`. */
export function serverOffset(serverTime: string | null | undefined, receivedAt: number): number {
  const server = serverTime ? Date.parse(serverTime) : NaN;
  return Number.isNaN(server) ? 0 : server - receivedAt;
}
