// A countdown as the server gives it: the milliseconds that remained when the frame arrived,
// counted down on this device's monotonic clock (performance.now()), never its wall clock.

export interface Timer {
  /** What remained when the frame was received. */
  remainingMillis: number;
  /** performance.now() at receipt. */
  at: number;
  /** False while the game is paused: the time stands still. */
  running: boolean;
}

export function startTimer(remainingMillis: number, at: number): Timer {
  return { remainingMillis: Math.max(0, remainingMillis), at, running: true };
}

export function frozenTimer(remainingMillis: number, at: number): Timer {
  return { remainingMillis: Math.max(0, remainingMillis), at, running: false };
}

/** Milliseconds left at `now` (performance.now()), never below 0. */
export function remainingAt(timer: Timer, now: number): number {
  if (!timer.running) return timer.remainingMillis;
  return Math.max(0, timer.remainingMillis - Math.max(0, now - timer.at));
}

/** Whole seconds to show: 3.2 s left shows 4, like every countdown. */
export function secondsLeft(timer: Timer, now: number): number {
  return Math.ceil(remainingAt(timer, now) / 1000);
}
