// What the browser tests need to know of bank questions: the law they cite, and which ones make a
// clean test question.

import type { Citation } from '../src/bank/types';

export type { Citation };
export interface BankQuestion {
  id: number;
  needsReview: boolean;
  content: { type: string; text: string; choices: { text: string; correct: boolean }[]; explanation: string | null; citations: Citation[] };
}

/** A citation as the screens write it: "khoản 2 Điều 5". */
export function reference(c: Citation): string {
  if (c.point && c.clause) return `điểm ${c.point} khoản ${c.clause} Điều ${c.article}`;
  if (c.point) return `điểm ${c.point} Điều ${c.article}`;
  if (c.clause) return `khoản ${c.clause} Điều ${c.article}`;
  return `Điều ${c.article}`;
}

/** Approved, unflagged questions with a citation, an explanation and distinct choices. */
export function usable(q: BankQuestion): boolean {
  const texts = q.content.choices.map((c) => c.text);
  return (
    !q.needsReview &&
    !!q.content.explanation &&
    q.content.citations.length > 0 &&
    new Set(texts).size === texts.length &&
    q.content.choices.filter((c) => c.correct).length === 1
  );
}
