// An answer being given in an attempt, per question type, and the body PUT /attempts/{id}/answers/{position} takes.
import type { QuestionType } from '../bank/types';
import type { AnswerBody, AttemptQuestion, CorrectAnswer } from './types';

/** The longest typed answer the server takes. */
export const MAX_TEXT = 200;

/** What the contestant has on screen for a question (not yet necessarily saved). */
export type Draft =
  | { kind: 'choice'; choice: number | null }
  | { kind: 'choices'; choices: number[] }
  | { kind: 'text'; text: string }
  | { kind: 'order'; order: number[] };

export function draftKind(type: QuestionType): Draft['kind'] {
  switch (type) {
    case 'MULTIPLE_SELECT':
      return 'choices';
    case 'TYPE_ANSWER':
      return 'text';
    case 'ORDERING':
      return 'order';
    default:
      return 'choice';
  }
}

const identity = (n: number) => Array.from({ length: n }, (_, i) => i);

/** A permutation of 0..n-1, or null. */
function validOrder(order: unknown, n: number): number[] | null {
  if (!Array.isArray(order) || order.length !== n) return null;
  const seen = new Set(order);
  return seen.size === n && order.every((i) => Number.isInteger(i) && i >= 0 && i < n) ? [...order] : null;
}

/** The draft a question starts with: its saved answer, else nothing chosen (an ordering as shown). */
export function draftFor(question: Pick<AttemptQuestion, 'type' | 'choices' | 'answer'>): Draft {
  const saved = question.answer;
  const n = question.choices.length;
  switch (draftKind(question.type)) {
    case 'choices':
      return { kind: 'choices', choices: saved && 'choices' in saved ? [...saved.choices].sort((a, b) => a - b) : [] };
    case 'text':
      return { kind: 'text', text: saved && 'text' in saved ? saved.text : '' };
    case 'order':
      return { kind: 'order', order: (saved && 'order' in saved && validOrder(saved.order, n)) || identity(n) };
    default:
      return { kind: 'choice', choice: saved && 'choice' in saved ? saved.choice : null };
  }
}

/**
 * The body to save for a draft, or null when there is nothing to save: no choice, no box ticked,
 * a blank text. Text is NFC, trimmed and cut to 200 characters.
 */
export function payloadOf(draft: Draft): AnswerBody | null {
  switch (draft.kind) {
    case 'choice':
      return draft.choice === null ? null : { choice: draft.choice };
    case 'choices':
      return draft.choices.length === 0 ? null : { choices: [...draft.choices].sort((a, b) => a - b) };
    case 'text': {
      const text = draft.text.normalize('NFC').trim().slice(0, MAX_TEXT);
      return text ? { text } : null;
    }
    case 'order':
      return draft.order.length < 2 ? null : { order: [...draft.order] };
  }
}

/** Ticks or unticks a box of a multiple-select question; the list stays sorted. */
export function toggleChoice(choices: readonly number[], index: number): number[] {
  return choices.includes(index) ? choices.filter((c) => c !== index) : [...choices, index].sort((a, b) => a - b);
}


/** Whether two answers say the same thing. */
export function sameAnswer(a: AnswerBody | null | undefined, b: AnswerBody | null | undefined): boolean {
  if (!a || !b) return !a && !b;
  return JSON.stringify(normalised(a)) === JSON.stringify(normalised(b));
}

function normalised(a: AnswerBody): AnswerBody {
  if ('choices' in a) return { choices: [...a.choices].sort((x, y) => x - y) };
  if ('text' in a) return { text: a.text.normalize('NFC').trim() };
  return a;
}

/** The answer in words, with the choices as shown: "A · C", "B → A → C", the typed text. */
export function answerWords(answer: AnswerBody | null | undefined, choices: readonly string[]): string {
  if (!answer) return '';
  if ('choice' in answer) return choices[answer.choice] ?? '';
  if ('choices' in answer) return answer.choices.map((i) => choices[i] ?? '').join(' · ');
  if ('order' in answer) return answer.order.map((i) => choices[i] ?? '').join(' → ');
  return answer.text;
}

/** The correct answer in lines: each right choice, "1. …" for an ordering, the accepted texts. */
export function correctLines(correct: CorrectAnswer | null | undefined, choices: readonly string[]): string[] {
  if (!correct) return [];
  if ('choice' in correct) return [choices[correct.choice] ?? ''];
  if ('choices' in correct) return correct.choices.map((i) => choices[i] ?? '');
  if ('order' in correct) return correct.order.map((i, n) => `${n + 1}. ${choices[i] ?? ''}`);
  return correct.accepted ?? [];
}
