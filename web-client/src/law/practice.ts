// Practising an article's questions on its page: which questions can be answered here, and whether an answer is right.
import type { PublicQuestion } from '../bank/types';
import { fold } from '../text/fold';

/** A practice answer: the chosen options (by index), or the words typed. */
export type PracticeAnswer = { choices: number[] } | { typed: string };

/** Questions answered by picking options or typing; ordering needs dragging and is only read here. */
export function practisable(q: PublicQuestion): boolean {
  if (q.type === 'TYPE_ANSWER') return q.accepted.length > 0;
  return (q.type === 'SINGLE_CHOICE' || q.type === 'TRUE_FALSE' || q.type === 'MULTIPLE_SELECT') && q.choices.some((c) => c.correct);
}

/** Right when exactly the correct options are chosen, or the words match an accepted answer (marks and case aside). */
export function isRight(q: PublicQuestion, answer: PracticeAnswer): boolean {
  if ('typed' in answer) {
    const typed = fold(answer.typed);
    return typed !== '' && q.accepted.some((a) => fold(a) === typed);
  }
  const correct = q.choices.map((c, i) => (c.correct ? i : -1)).filter((i) => i >= 0);
  const chosen = [...new Set(answer.choices)].sort((a, b) => a - b);
  return chosen.length === correct.length && chosen.every((c, i) => c === correct[i]);
}
