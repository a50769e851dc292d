// What lets an attempt page come back without network: the service worker keeps the page's files
// (sw/attempt-sw.js, registered here), and the device keeps a copy of the attempt (its questions, the
// answers the server acknowledged, the time left) in localStorage, so that a reload or a second tab of
// the same attempt opens without network too. The copy goes once the attempt is seen finished, or an
// hour after its time ran out (whichever tab looks first). No result, no review and nothing about the
// contestant is kept.
import type { AnswerBody, Attempt } from './types';

const KEY_PREFIX = 'luatvui.attempt.';
/** How long a copy outlives the attempt's time (the server may still be finishing it). */
const KEPT_AFTER_TIME_MS = 3_600_000;

interface Kept {
  attempt: Attempt;
  /** Date.now() when the server's remainingMs was read. */
  at: number;
}

function device(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

const outlived = (kept: Kept, now: number) => now - kept.at > kept.attempt.remainingMs + KEPT_AFTER_TIME_MS;

function write(id: number, kept: Kept): void {
  try {
    device()?.setItem(KEY_PREFIX + id, JSON.stringify(kept));
  } catch {
    // Full or refused: the page simply will not come back offline.
  }
}

function read(id: number, now = Date.now()): Kept | null {
  try {
    const text = device()?.getItem(KEY_PREFIX + id);
    const kept = text ? (JSON.parse(text) as Kept) : null;
    if (!kept || kept.attempt?.id !== id || !Array.isArray(kept.attempt.questions) || typeof kept.at !== 'number') return null;
    if (outlived(kept, now)) {
      forgetAttempt(id);
      return null;
    }
    return kept;
  } catch {
    return null;
  }
}

/** Forgets the copies of other attempts whose time ran out long ago (a phone shared by a class). */
function sweep(now: number): void {
  const storage = device();
  if (!storage) return;
  try {
    const ids: number[] = [];
    for (let i = 0; i < storage.length; i++) {
      const name = storage.key(i);
      if (name?.startsWith(KEY_PREFIX)) ids.push(Number(name.slice(KEY_PREFIX.length)));
    }
    for (const id of ids) read(id, now);
  } catch {
    // nothing to sweep
  }
}

/** Keeps an attempt in progress as the server sent it (read at `at`); a finished one is forgotten. */
export function keepAttempt(attempt: Attempt, at = Date.now()): void {
  if (attempt.status !== 'IN_PROGRESS') {
    forgetAttempt(attempt.id);
    return;
  }
  const { result: _result, review: _review, ...rest } = attempt;
  write(attempt.id, { attempt: { ...rest, result: null, review: null }, at });
  sweep(at);
}

/** Notes an answer the server acknowledged, so that the kept copy shows it. */
export function keepSaved(attemptId: number, position: number | 'prediction', body: AnswerBody | { value: number }): void {
  const kept = read(attemptId);
  if (!kept) return;
  const attempt = kept.attempt;
  if (position === 'prediction') {
    if (attempt.prediction) attempt.prediction = { ...attempt.prediction, value: (body as { value: number }).value };
  } else {
    attempt.questions = attempt.questions.map((q) => (q.position === position ? { ...q, answer: body as AnswerBody } : q));
  }
  write(attemptId, kept);
}

/** The kept copy, its time left counted down by this device's clock (for the display only: the server decides). */
export function keptAttempt(attemptId: number, now = Date.now()): Attempt | null {
  const kept = read(attemptId, now);
  if (!kept) return null;
  const elapsed = Math.max(0, now - kept.at);
  return { ...kept.attempt, remainingMs: Math.max(0, kept.attempt.remainingMs - elapsed) };
}

export function forgetAttempt(attemptId: number): void {
  try {
    device()?.removeItem(KEY_PREFIX + attemptId);
  } catch {
    // nothing kept
  }
}

/** Registers the attempt pages' service worker (built pages only; its scope cannot be wider than /contests/). */
export function registerAttemptWorker(): void {
  if (!import.meta.env.PROD || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  navigator.serviceWorker.register('/sw.js', { scope: '/contests/' }).catch(() => undefined);
}
