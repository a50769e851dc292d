// Long texts on every screen: questions go up to 2,000 characters and answers up to 1,000 (the
// bank's limits), so type scales down as a text grows, keeping a legal question readable on a
// 360-pixel phone and on a projector alike.

/** Characters from which a question is set smaller, and smaller again. */
export const LONG_QUESTION = 280;
export const VERY_LONG_QUESTION = 700;
/** Characters from which an answer is set smaller, and smaller again. */
export const LONG_ANSWER = 90;
export const VERY_LONG_ANSWER = 300;

/** ' long' or ' very-long' to add to a question's class, or ''. */
export function questionLength(text: string | null | undefined): string {
  const n = text?.length ?? 0;
  return n >= VERY_LONG_QUESTION ? ' very-long' : n >= LONG_QUESTION ? ' long' : '';
}

/** ' long' or ' very-long' to add to an answer's class, or ''. */
export function answerLength(text: string | null | undefined): string {
  const n = text?.length ?? 0;
  return n >= VERY_LONG_ANSWER ? ' very-long' : n >= LONG_ANSWER ? ' long' : '';
}
