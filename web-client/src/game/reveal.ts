// Reading a Reveal: the question's type, the correct answer in words, the counts to chart.
import type { QuestionType } from '../bank/types';
import type { AnswerPayload, OpenQuestion, Reveal } from './protocol';

/**
 * The question's type: as the reveal names it (`questionType`), else as the open question did,
 * else read from the reveal itself.
 */
export function revealType(reveal: Reveal, question?: Pick<OpenQuestion, 'index' | 'type'> | null): QuestionType {
  if (reveal.questionType) return reveal.questionType;
  if (question && question.index === reveal.questionIndex) return question.type;
  if (reveal.percentCorrect === null) return 'POLL';
  if (reveal.choices.length === 0 || reveal.acceptedAnswers.length > 0) return 'TYPE_ANSWER';
  if (reveal.correctChoices.length === reveal.choices.length && reveal.choices.length > 2) return 'ORDERING';
  if (reveal.correctChoices.length > 1) return 'MULTIPLE_SELECT';
  return 'SINGLE_CHOICE';
}

/** The correct answer, one line per part ("1. …" for an ordering); empty for a poll. */
export function correctLines(reveal: Reveal, type: QuestionType): string[] {
  switch (type) {
    case 'POLL':
      return [];
    case 'TYPE_ANSWER':
      return reveal.acceptedAnswers;
    case 'ORDERING':
      return reveal.correctChoices.map((shown, i) => `${i + 1}. ${reveal.choices[shown] ?? ''}`);
    default:
      return reveal.correctChoices.map((shown) => reveal.choices[shown] ?? '');
  }
}

/** Whether the choice shown at `index` is (one of) the correct ones; never for ordering or polls. */
export function isCorrectChoice(reveal: Reveal, type: QuestionType, index: number): boolean {
  return type !== 'ORDERING' && type !== 'POLL' && reveal.correctChoices.includes(index);
}

/** Percentage of `part` in `whole`, rounded; 0 when there is no whole. */
export function percent(part: number, whole: number): number {
  return whole > 0 ? Math.round((100 * part) / whole) : 0;
}

/** "1 234" style grouping for scores, in the reader's locale. */
export function formatScore(score: number, locale: string): string {
  try {
    return new Intl.NumberFormat(locale).format(score);
  } catch {
    return String(score);
  }
}

/** The player's own answer in words, with the choices as the reveal shows them. */
export function answerText(payload: AnswerPayload, choices: readonly string[]): string {
  if ('choice' in payload) return choices[payload.choice] ?? '';
  if ('choices' in payload) return payload.choices.map((i) => choices[i] ?? '').join(' · ');
  if ('order' in payload) return payload.order.map((i) => choices[i] ?? '').join(' → ');
  return payload.text;
}
