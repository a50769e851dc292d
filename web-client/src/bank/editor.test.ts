import { describe, expect, it } from 'vitest';
import {
  addChoice,
  changeType,
  emptyEditor,
  fromContent,
  moveChoice,
  parseTags,
  removeChoice,
  setAccepted,
  setChoiceText,
  setCitation,
  setCorrect,
  toContent,
  type EditorState,
} from './editor';
import type { QuestionContent } from './types';

/** A single-choice question with texts A–D, the second correct. */
function singleChoice(): EditorState {
  let s = emptyEditor('SINGLE_CHOICE');
  s.choices.forEach((c, i) => (s = setChoiceText(s, c.key, 'ABCD'[i])));
  return setCorrect(s, s.choices[1].key, true);
}

const texts = (s: EditorState) => s.choices.map((c) => c.text);
const flags = (s: EditorState) => s.choices.map((c) => c.correct);

describe('a new question', () => {
  it('starts as single choice with four blank choices and one blank citation', () => {
    const s = emptyEditor();
    expect(s.type).toBe('SINGLE_CHOICE');
    expect(texts(s)).toEqual(['', '', '', '']);
    expect(flags(s)).toEqual([false, false, false, false]);
    expect(s.citations).toHaveLength(1);
    expect(s.difficulty).toBe(1);
    expect(s.audience).toBe('MOI_NGUOI');
  });

  it('gives every list item its own key', () => {
    const s = emptyEditor();
    const keys = [...s.choices.map((c) => c.key), ...s.accepted.map((a) => a.key), ...s.citations.map((c) => c.key)];
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('correct answers', () => {
  it('single choice keeps one correct answer, like a radio group', () => {
    let s = singleChoice();
    s = setCorrect(s, s.choices[3].key, true);
    expect(flags(s)).toEqual([false, false, false, true]);
  });

  it('multiple select toggles each answer on its own', () => {
    let s = changeType(singleChoice(), 'MULTIPLE_SELECT');
    s = setCorrect(s, s.choices[0].key, true);
    expect(flags(s)).toEqual([true, true, false, false]);
    s = setCorrect(s, s.choices[1].key, false);
    expect(flags(s)).toEqual([true, false, false, false]);
  });

  it('poll and ordering ignore correct toggles', () => {
    const poll = changeType(singleChoice(), 'POLL');
    expect(setCorrect(poll, poll.choices[0].key, true)).toBe(poll);
  });
});

describe('switching type reshapes the answers', () => {
  it('single → multiple keeps the correct answer and sets the default scoring', () => {
    const s = changeType(singleChoice(), 'MULTIPLE_SELECT');
    expect(texts(s)).toEqual(['A', 'B', 'C', 'D']);
    expect(flags(s)).toEqual([false, true, false, false]);
    expect(toContent(s).scoring).toBe('ALL_OR_NOTHING');
  });

  it('multiple → single keeps only the first correct answer', () => {
    let s = changeType(singleChoice(), 'MULTIPLE_SELECT');
    s = setCorrect(s, s.choices[3].key, true);
    s = setCorrect(s, s.choices[0].key, true);
    expect(flags(changeType(s, 'SINGLE_CHOICE'))).toEqual([true, false, false, false]);
  });

  it('→ poll clears every correct flag; → ordering marks every item', () => {
    expect(flags(changeType(singleChoice(), 'POLL'))).toEqual([false, false, false, false]);
    expect(flags(changeType(singleChoice(), 'ORDERING'))).toEqual([true, true, true, true]);
  });

  it('ordering or poll → single choice does not invent a correct answer', () => {
    const fromOrdering = changeType(changeType(singleChoice(), 'ORDERING'), 'SINGLE_CHOICE');
    expect(flags(fromOrdering)).toEqual([false, false, false, false]);
    const fromPoll = changeType(changeType(singleChoice(), 'POLL'), 'MULTIPLE_SELECT');
    expect(flags(fromPoll)).toEqual([false, false, false, false]);
  });

  it('ordering needs at least three items: two choices are padded to three', () => {
    let s = singleChoice();
    s = removeChoice(s, s.choices[3].key);
    s = removeChoice(s, s.choices[2].key);
    expect(s.choices).toHaveLength(2);
    const ordering = changeType(s, 'ORDERING');
    expect(texts(ordering)).toEqual(['A', 'B', '']);
    expect(flags(ordering)).toEqual([true, true, true]);
  });

  it('true/false sends exactly [Đúng, Sai] with the chosen one correct', () => {
    let s = changeType(singleChoice(), 'TRUE_FALSE');
    expect(toContent(s).choices).toEqual([
      { text: 'Đúng', correct: false },
      { text: 'Sai', correct: false },
    ]);
    s = { ...s, trueFalse: false };
    expect(toContent(s).choices).toEqual([
      { text: 'Đúng', correct: false },
      { text: 'Sai', correct: true },
    ]);
    expect(toContent(s).accepted).toEqual([]);
  });

  it('type-answer starts from the correct choices and sends no choices', () => {
    const s = changeType(singleChoice(), 'TYPE_ANSWER');
    expect(s.accepted.map((a) => a.text)).toEqual(['B']);
    const content = toContent(s);
    expect(content.choices).toEqual([]);
    expect(content.accepted).toEqual(['B']);
    expect(content.scoring).toBeNull();
  });

  it('type-answer without correct choices starts with one blank answer', () => {
    const s = changeType(changeType(singleChoice(), 'POLL'), 'TYPE_ANSWER');
    expect(s.accepted.map((a) => a.text)).toEqual(['']);
  });

  it('nothing typed is lost when trying another type and coming back', () => {
    const start = singleChoice();
    const back = changeType(changeType(changeType(start, 'TRUE_FALSE'), 'TYPE_ANSWER'), 'SINGLE_CHOICE');
    expect(texts(back)).toEqual(['A', 'B', 'C', 'D']);
    expect(flags(back)).toEqual([false, true, false, false]);
  });

  it('accepted answers are sent only for type-answer', () => {
    let s = changeType(singleChoice(), 'TYPE_ANSWER');
    s = setAccepted(s, s.accepted[0].key, '16 tuổi');
    expect(toContent(changeType(s, 'SINGLE_CHOICE')).accepted).toEqual([]);
  });
});

describe('list editing', () => {
  it('adds up to six choices, removes down to the minimum', () => {
    let s = singleChoice();
    s = addChoice(addChoice(s));
    expect(s.choices).toHaveLength(6);
    expect(addChoice(s)).toBe(s);
    let two = singleChoice();
    two = removeChoice(removeChoice(two, two.choices[0].key), two.choices[1].key);
    expect(two.choices).toHaveLength(2);
    expect(removeChoice(two, two.choices[0].key)).toBe(two);
  });

  it('moves items up and down, not past the ends', () => {
    const s = changeType(singleChoice(), 'ORDERING');
    const down = moveChoice(s, s.choices[0].key, 1);
    expect(texts(down)).toEqual(['B', 'A', 'C', 'D']);
    const up = moveChoice(down, down.choices[3].key, -1);
    expect(texts(up)).toEqual(['B', 'A', 'D', 'C']);
    expect(moveChoice(up, up.choices[0].key, -1)).toBe(up);
    expect(moveChoice(up, up.choices[3].key, 1)).toBe(up);
  });

  it('ordering content lists the items in the order shown, all correct', () => {
    const s = changeType(singleChoice(), 'ORDERING');
    const moved = moveChoice(s, s.choices[3].key, -1);
    expect(toContent(moved).choices).toEqual([
      { text: 'A', correct: true },
      { text: 'B', correct: true },
      { text: 'D', correct: true },
      { text: 'C', correct: true },
    ]);
  });
});

describe('content for the API', () => {
  it('trims, normalises to NFC, and makes empty optional texts null', () => {
    let s = singleChoice();
    s = { ...s, text: '  Tre\u0302̀ em  ', explanation: '   ', imageUrl: ' ', tags: ' Giao thông, trẻ em,, giao thông ' };
    s = setChoiceText(s, s.choices[0].key, '   ');
    s = setCitation(s, s.citations[0].key, { document: ' 36/2024/QH15 ', article: '9', clause: '2', point: 'A', quote: '' });
    const c = toContent(s);
    expect(c.text).toBe('Trề em'.normalize('NFC'));
    expect(c.explanation).toBeNull();
    expect(c.imageUrl).toBeNull();
    expect(c.choices[0]).toEqual({ text: null, correct: false });
    expect(c.tags).toEqual(['giao thông', 'trẻ em']);
    expect(c.citations).toEqual([{ document: '36/2024/QH15', article: 9, clause: 2, point: 'a', quote: null }]);
  });

  it('reads stored content back into the editor and out again unchanged', () => {
    const stored: QuestionContent = {
      type: 'MULTIPLE_SELECT',
      text: 'Những hành vi nào bị nghiêm cấm?',
      choices: [
        { text: 'Đua xe trái phép', correct: true },
        { text: 'Đội mũ bảo hiểm', correct: false },
        { text: 'Lạng lách, đánh võng', correct: true },
      ],
      accepted: [],
      explanation: 'Theo Điều 9.',
      citations: [{ document: '36/2024/QH15', article: 9, clause: 2, point: 'đ', quote: 'Đua xe trái phép' }],
      tags: ['giao thông'],
      difficulty: 2,
      audience: 'THPT',
      visibility: 'PUBLIC',
      scoring: 'PER_OPTION',
      imageUrl: null,
    };
    expect(toContent(fromContent(stored))).toEqual(stored);
  });

  it('reads which answer of a true/false question is correct', () => {
    const tf = (correctSai: boolean): QuestionContent => ({
      ...toContent(emptyEditor('TRUE_FALSE')),
      choices: [
        { text: 'Đúng', correct: !correctSai },
        { text: 'Sai', correct: correctSai },
      ],
    });
    expect(fromContent(tf(false)).trueFalse).toBe(true);
    expect(fromContent(tf(true)).trueFalse).toBe(false);
  });
});

describe('parseTags', () => {
  it('splits on commas, semicolons and new lines, lower-cases and drops repeats', () => {
    expect(parseTags('Giao thông; TRẺ EM\nan toàn,, giao   thông')).toEqual(['giao thông', 'trẻ em', 'an toàn']);
    expect(parseTags('   ')).toEqual([]);
  });
});
