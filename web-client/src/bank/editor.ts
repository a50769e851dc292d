// The question editor's state: plain data and pure transitions, so every rule is unit-testable.
// The form keeps what an author typed (strings); toContent() turns it into the API's QuestionContent.
import { nfc } from '../text/fold';
import type {
  Audience,
  Citation,
  Difficulty,
  QuestionContent,
  QuestionType,
  Scoring,
  Visibility,
} from './types';

/** Types whose answers are a list of choices the author writes. */
export type ListType = 'SINGLE_CHOICE' | 'MULTIPLE_SELECT' | 'ORDERING' | 'POLL';

export interface ChoiceDraft {
  key: number;
  text: string;
  correct: boolean;
}

export interface TextDraft {
  key: number;
  text: string;
}

export interface CitationDraft {
  key: number;
  document: string;
  article: string;
  clause: string;
  point: string;
  quote: string;
}

export interface EditorState {
  type: QuestionType;
  text: string;
  /** The choices of the list types; kept while the author tries true/false or type-answer. */
  choices: ChoiceDraft[];
  /** The list type the choices were last shaped for: what their correct flags mean. */
  shapedFor: ListType;
  /** True/false: true when "Đúng" is the correct answer, null while not chosen. */
  trueFalse: boolean | null;
  accepted: TextDraft[];
  scoring: Scoring;
  explanation: string;
  citations: CitationDraft[];
  /** Comma-separated, as typed. */
  tags: string;
  difficulty: Difficulty;
  audience: Audience;
  visibility: Visibility;
  imageUrl: string;
  /** What the image shows, in words; required with an uploaded image. */
  imageAlt: string;
}

/** The two choices of a true/false question, as the API stores them (content, not UI text). */
export const TRUE_TEXT = 'Đúng';
export const FALSE_TEXT = 'Sai';
export const MAX_CHOICES = 6;
const DEFAULT_CHOICES = 4;

let lastKey = 0;
/** A key for a new list item, stable across reordering (Preact keys, field ids, focus). */
function newKey(): number {
  lastKey += 1;
  return lastKey;
}

export function isListType(type: QuestionType): type is ListType {
  return type === 'SINGLE_CHOICE' || type === 'MULTIPLE_SELECT' || type === 'ORDERING' || type === 'POLL';
}

export function minChoices(type: QuestionType): number {
  return type === 'ORDERING' ? 3 : 2;
}

const blankChoice = (type: QuestionType): ChoiceDraft => ({ key: newKey(), text: '', correct: type === 'ORDERING' });
const blankText = (): TextDraft => ({ key: newKey(), text: '' });

export function blankCitation(document = ''): CitationDraft {
  return { key: newKey(), document, article: '', clause: '', point: '', quote: '' };
}

export function emptyEditor(type: QuestionType = 'SINGLE_CHOICE'): EditorState {
  const base: EditorState = {
    type: 'SINGLE_CHOICE',
    text: '',
    choices: Array.from({ length: DEFAULT_CHOICES }, () => blankChoice('SINGLE_CHOICE')),
    shapedFor: 'SINGLE_CHOICE',
    trueFalse: null,
    accepted: [blankText()],
    scoring: 'ALL_OR_NOTHING',
    explanation: '',
    citations: [blankCitation()],
    tags: '',
    difficulty: 1,
    audience: 'MOI_NGUOI',
    visibility: 'PUBLIC',
    imageUrl: '',
    imageAlt: '',
  };
  return changeType(base, type);
}

/**
 * Switches the type and reshapes the answers: single choice keeps at most one correct choice,
 * multiple select keeps the correct ones, poll has none, ordering marks every item (its order is
 * the answer). Flags that meant nothing before (coming from ordering or poll) are cleared. Type-answer
 * starts from the correct choices when it has no accepted answers yet. Nothing typed is thrown away:
 * the choices stay in the state while the author tries true/false or type-answer.
 */
export function changeType(state: EditorState, type: QuestionType): EditorState {
  if (type === state.type) return state;
  const next: EditorState = { ...state, type };
  if (isListType(type)) {
    next.choices = reshape(state.choices, state.shapedFor, type);
    next.shapedFor = type;
  }
  if (type === 'TYPE_ANSWER' && state.accepted.every((a) => a.text.trim() === '')) {
    const fromChoices = isListType(state.type) && (state.shapedFor === 'SINGLE_CHOICE' || state.shapedFor === 'MULTIPLE_SELECT')
      ? state.choices.filter((c) => c.correct && c.text.trim() !== '').map((c) => ({ key: newKey(), text: c.text }))
      : [];
    next.accepted = fromChoices.length > 0 ? fromChoices : [blankText()];
  }
  return next;
}

function reshape(choices: ChoiceDraft[], from: ListType, to: ListType): ChoiceDraft[] {
  const meaningful = from === 'SINGLE_CHOICE' || from === 'MULTIPLE_SELECT';
  let seen = false;
  const out = choices.map((c) => {
    switch (to) {
      case 'SINGLE_CHOICE': {
        const correct = meaningful && c.correct && !seen;
        seen = seen || correct;
        return { ...c, correct };
      }
      case 'MULTIPLE_SELECT':
        return { ...c, correct: meaningful && c.correct };
      case 'POLL':
        return { ...c, correct: false };
      case 'ORDERING':
        return { ...c, correct: true };
    }
  });
  const wanted = out.length === 0 ? DEFAULT_CHOICES : minChoices(to);
  while (out.length < wanted) out.push(blankChoice(to));
  return out;
}

export function setChoiceText(state: EditorState, key: number, text: string): EditorState {
  return { ...state, choices: state.choices.map((c) => (c.key === key ? { ...c, text } : c)) };
}

/** Marks a choice correct or not: single choice allows one (a radio group), multiple select any. */
export function setCorrect(state: EditorState, key: number, correct: boolean): EditorState {
  if (state.type === 'SINGLE_CHOICE') {
    return { ...state, choices: state.choices.map((c) => ({ ...c, correct: c.key === key ? correct : correct ? false : c.correct })) };
  }
  if (state.type === 'MULTIPLE_SELECT') {
    return { ...state, choices: state.choices.map((c) => (c.key === key ? { ...c, correct } : c)) };
  }
  return state;
}

export function addChoice(state: EditorState): EditorState {
  if (!isListType(state.type) || state.choices.length >= MAX_CHOICES) return state;
  return { ...state, choices: [...state.choices, blankChoice(state.type)] };
}

export function removeChoice(state: EditorState, key: number): EditorState {
  if (state.choices.length <= minChoices(state.type)) return state;
  return { ...state, choices: state.choices.filter((c) => c.key !== key) };
}

/** Moves a choice up (-1) or down (+1); at either end nothing moves. */
export function moveChoice(state: EditorState, key: number, delta: -1 | 1): EditorState {
  const from = state.choices.findIndex((c) => c.key === key);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= state.choices.length) return state;
  const choices = [...state.choices];
  [choices[from], choices[to]] = [choices[to], choices[from]];
  return { ...state, choices };
}

export function setAccepted(state: EditorState, key: number, text: string): EditorState {
  return { ...state, accepted: state.accepted.map((a) => (a.key === key ? { ...a, text } : a)) };
}

export function addAccepted(state: EditorState): EditorState {
  return { ...state, accepted: [...state.accepted, blankText()] };
}

export function removeAccepted(state: EditorState, key: number): EditorState {
  if (state.accepted.length <= 1) return state;
  return { ...state, accepted: state.accepted.filter((a) => a.key !== key) };
}

export function setCitation(state: EditorState, key: number, patch: Partial<Omit<CitationDraft, 'key'>>): EditorState {
  return { ...state, citations: state.citations.map((c) => (c.key === key ? { ...c, ...patch } : c)) };
}

export function addCitation(state: EditorState): EditorState {
  return { ...state, citations: [...state.citations, blankCitation()] };
}

export function removeCitation(state: EditorState, key: number): EditorState {
  return { ...state, citations: state.citations.filter((c) => c.key !== key) };
}

/** Tags as typed ("giao thông, Trẻ em,,") → ["giao thông", "trẻ em"], each once. */
export function parseTags(text: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const raw of text.split(/[,;\n]/)) {
    const tag = nfc(raw).trim().replace(/\s+/g, ' ').toLowerCase();
    if (tag && !seen.has(tag)) {
      seen.add(tag);
      tags.push(tag);
    }
  }
  return tags;
}

/** The accepted answers that are sent (blank rows are not). */
export function filledAccepted(state: EditorState): TextDraft[] {
  return state.accepted.filter((a) => a.text.trim() !== '');
}

const clean = (text: string): string | null => {
  const trimmed = nfc(text).trim();
  return trimmed === '' ? null : trimmed;
};

/** "12" → 12; anything else (blank, "1a", "0") → null. */
export function positiveInt(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,6}$/.test(trimmed)) return null;
  const n = Number(trimmed);
  return n >= 1 ? n : null;
}

export function toCitation(c: CitationDraft): Citation {
  return {
    document: c.document.trim(),
    article: positiveInt(c.article) ?? 0,
    clause: positiveInt(c.clause),
    point: clean(c.point.toLowerCase()),
    quote: clean(c.quote),
  };
}

/** The content to send: the shape the API expects for the type, every text trimmed and in NFC. */
export function toContent(state: EditorState): QuestionContent {
  let choices: QuestionContent['choices'] = [];
  if (isListType(state.type)) {
    choices = state.choices.map((c) => ({
      text: clean(c.text),
      correct: state.type === 'ORDERING' ? true : state.type === 'POLL' ? false : c.correct,
    }));
  } else if (state.type === 'TRUE_FALSE') {
    choices = [
      { text: TRUE_TEXT, correct: state.trueFalse === true },
      { text: FALSE_TEXT, correct: state.trueFalse === false },
    ];
  }
  return {
    type: state.type,
    text: nfc(state.text).trim(),
    choices,
    accepted: state.type === 'TYPE_ANSWER' ? filledAccepted(state).map((a) => nfc(a.text).trim()) : [],
    explanation: clean(state.explanation),
    citations: state.citations.map(toCitation),
    tags: parseTags(state.tags),
    difficulty: state.difficulty,
    audience: state.audience,
    visibility: state.visibility,
    scoring: state.type === 'MULTIPLE_SELECT' ? state.scoring : null,
    imageUrl: clean(state.imageUrl),
    ...(clean(state.imageUrl) ? { imageAlt: clean(state.imageAlt) } : {}),
  };
}

/** The editor state for stored content (editing a question). */
export function fromContent(content: QuestionContent): EditorState {
  const type = content.type;
  const listed = isListType(type);
  const choices = listed ? content.choices.map((c) => ({ key: newKey(), text: c.text ?? '', correct: c.correct })) : [];
  const state: EditorState = {
    type,
    text: content.text ?? '',
    choices: listed ? choices : reshape([], 'SINGLE_CHOICE', 'SINGLE_CHOICE'),
    shapedFor: listed ? type : 'SINGLE_CHOICE',
    trueFalse: type === 'TRUE_FALSE' ? trueFalseOf(content) : null,
    accepted: content.accepted.length > 0 ? content.accepted.map((text) => ({ key: newKey(), text })) : [blankText()],
    scoring: content.scoring ?? 'ALL_OR_NOTHING',
    explanation: content.explanation ?? '',
    citations: content.citations.map((c) => ({
      key: newKey(),
      document: c.document ?? '',
      article: c.article ? String(c.article) : '',
      clause: c.clause ? String(c.clause) : '',
      point: c.point ?? '',
      quote: c.quote ?? '',
    })),
    tags: content.tags.join(', '),
    difficulty: content.difficulty === 2 || content.difficulty === 3 ? content.difficulty : 1,
    audience: content.audience ?? 'MOI_NGUOI',
    visibility: content.visibility ?? 'PUBLIC',
    imageUrl: content.imageUrl ?? '',
    imageAlt: content.imageAlt ?? '',
  };
  if (state.citations.length === 0) state.citations = [blankCitation()];
  return state;
}

function trueFalseOf(content: QuestionContent): boolean | null {
  const index = content.choices.findIndex((c) => c.correct);
  if (index < 0) return null;
  const text = (content.choices[index].text ?? '').trim().toLowerCase();
  if (text === TRUE_TEXT.toLowerCase()) return true;
  if (text === FALSE_TEXT.toLowerCase()) return false;
  return index === 0;
}
