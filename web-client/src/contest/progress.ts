// How far an attempt has got: which questions have a saved answer, which are being saved or wait
// for the network, and what the navigator shows for each.
import type { SaveState } from './saver';
import type { AnswerBody, Attempt, AttemptQuestion } from './types';

export type NavState = 'answered' | 'unanswered' | 'saving' | 'failed';

/** The saved answers by position, as the server sent them. */
export function savedAnswers(questions: readonly Pick<AttemptQuestion, 'position' | 'answer'>[]): Record<number, AnswerBody | null> {
  const out: Record<number, AnswerBody | null> = {};
  for (const q of questions) out[q.position] = q.answer ?? null;
  return out;
}

export const answerKey = (position: number) => `q${position}`;
export const PREDICTION_KEY = 'prediction';

/** An answer the server acknowledged to this page: when (the page's clock), for which key, what. */
export interface Acknowledged {
  at: number;
  key: string;
  body: unknown;
}

/**
 * The attempt as the server sent it, with the answers acknowledged since it was asked for
 * (`askedAt`): a reply that left the server before those saves must not hide them from the screen.
 */
export function withAcknowledged(attempt: Attempt, acks: readonly Acknowledged[], askedAt: number): Attempt {
  const later = acks.filter((a) => a.at >= askedAt);
  if (later.length === 0) return attempt;
  const latest = new Map(later.map((a) => [a.key, a.body]));
  const prediction = latest.get(PREDICTION_KEY) as { value: number } | undefined;
  return {
    ...attempt,
    questions: (attempt.questions ?? []).map((q) => {
      const body = latest.get(answerKey(q.position));
      return body === undefined ? q : { ...q, answer: body as AnswerBody };
    }),
    prediction: attempt.prediction && prediction ? { ...attempt.prediction, value: prediction.value } : attempt.prediction,
  };
}

/** What the navigator shows for a question. */
export function navState(position: number, saved: Record<number, AnswerBody | null>, states: Record<string, SaveState | undefined>): NavState {
  const state = states[answerKey(position)];
  if (state?.status === 'saving') return 'saving';
  if (state?.status === 'retrying' || state?.status === 'refused') return 'failed';
  return saved[position] ? 'answered' : 'unanswered';
}

export interface Progress {
  answered: number;
  total: number;
  /** Positions without a saved answer, in order. */
  unanswered: number[];
  /** Positions whose last answer is not saved (waiting for the network, or refused). */
  unsaved: number[];
}

export function progress(
  questions: readonly Pick<AttemptQuestion, 'position'>[],
  saved: Record<number, AnswerBody | null>,
  states: Record<string, SaveState | undefined>,
): Progress {
  const unanswered: number[] = [];
  const unsaved: number[] = [];
  for (const q of questions) {
    const state = navState(q.position, saved, states);
    if (!saved[q.position]) unanswered.push(q.position);
    if (state === 'failed') unsaved.push(q.position);
  }
  return { answered: questions.length - unanswered.length, total: questions.length, unanswered, unsaved };
}

/** A typed prediction: a whole number from 0 to 1 000 000 000 (spaces and dots as thousands marks allowed), or null. */
export function parsePrediction(text: string): number | null {
  const digits = text.trim().replace(/[\s.,]/g, '');
  if (!/^\d{1,10}$/.test(digits)) return null;
  const n = Number(digits);
  return n <= 1_000_000_000 ? n : null;
}
