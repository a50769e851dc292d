// What the attempt screen shows, as plain data: the view of an attempt and how an attempt read
// from the server (first load, resume, re-sync) becomes the view.
import { draftFor, payloadOf, sameAnswer, type Draft } from '../../contest/answers';
import { attemptTimer } from '../../contest/clock';
import type { SaveState } from '../../contest/saver';
import type { AnswerBody, Attempt } from '../../contest/types';
import type { Timer } from '../../game/timer';

export type Phase = 'loading' | 'error' | 'working' | 'submitting' | 'timeUp' | 'done';

export interface AttemptView {
  phase: Phase;
  attempt: Attempt | null;
  error: unknown;
  timer: Timer | null;
  /** Saved answers by position. */
  saved: Record<number, AnswerBody | null>;
  drafts: Record<number, Draft>;
  states: Record<string, SaveState | undefined>;
  predictionText: string;
  predictionSaved: number | null;
  /** Why the attempt ended by itself ("time is up", or the server refused an answer). */
  ended: 'timeUp' | 'refused' | null;
  endedMessage: string;
  submitError: unknown;
  /** Answers given without network, waiting on the phone to be sent ("Đang chờ gửi: n"). */
  waiting: number;
  /** The attempt shown is the copy kept in this tab: the server could not be reached. */
  offline: boolean;
}

/** What answers still waiting on the phone put on screen: their drafts, and the typed prediction. */
export interface Queued {
  drafts: Record<number, Draft>;
  prediction: string | null;
}

const NOTHING_QUEUED: Queued = { drafts: {}, prediction: null };

/** The view before the attempt has been read. */
export function loadingView(): AttemptView {
  return {
    phase: 'loading',
    attempt: null,
    error: null,
    timer: null,
    saved: {},
    drafts: {},
    states: {},
    predictionText: '',
    predictionSaved: null,
    ended: null,
    endedMessage: '',
    submitError: null,
    waiting: 0,
    offline: false,
  };
}

/** The view of an attempt in progress, read at `at`, over the view `v` it replaces. */
export function inProgressView(
  v: AttemptView,
  attempt: Attempt,
  saved: Record<number, AnswerBody | null>,
  at: number,
  queued: Queued = NOTHING_QUEUED,
): Partial<AttemptView> {
  const drafts: Record<number, Draft> = {};
  for (const q of attempt.questions ?? []) drafts[q.position] = draftFor(q);
  const prediction = attempt.prediction?.value ?? null;
  return {
    phase: attempt.remainingMs > 0 ? 'working' : 'timeUp',
    ended: attempt.remainingMs > 0 ? v.ended : v.ended ?? 'timeUp',
    attempt,
    saved,
    drafts: { ...drafts, ...keepUnsaved(v, attempt.id), ...queued.drafts },
    timer: attemptTimer(attempt.remainingMs, at),
    predictionText:
      v.attempt?.id === attempt.id && v.predictionText
        ? v.predictionText
        : queued.prediction ?? (prediction === null ? '' : String(prediction)),
    predictionSaved: prediction,
    error: null,
  };
}

/** Drafts not yet saved survive a re-load of the same attempt (the clock re-synced after time was thought up). */
function keepUnsaved(v: AttemptView, attemptId: number): Record<number, Draft> {
  if (v.attempt?.id !== attemptId) return {};
  const out: Record<number, Draft> = {};
  for (const [position, draft] of Object.entries(v.drafts)) {
    const p = Number(position);
    if (!sameAnswer(payloadOf(draft), v.saved[p])) out[p] = draft;
  }
  return out;
}
