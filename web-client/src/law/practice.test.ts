import { describe, expect, it } from 'vitest';
import type { PublicQuestion } from '../bank/types';
import { isRight, practisable } from './practice';

function question(patch: Partial<PublicQuestion>): PublicQuestion {
  return {
    id: 1,
    type: 'SINGLE_CHOICE',
    text: 'Người đủ bao nhiêu tuổi thì không bị thi hành án tử hình?',
    choices: [
      { text: '70 tuổi', correct: false },
      { text: '75 tuổi', correct: true },
    ],
    accepted: [],
    explanation: null,
    citations: [],
    tags: [],
    difficulty: 1,
    audience: null,
    ...patch,
  } as PublicQuestion;
}

describe('practising an article', () => {
  it('is right only with exactly the correct options', () => {
    const multiple = question({
      type: 'MULTIPLE_SELECT',
      choices: [
        { text: 'A', correct: true },
        { text: 'B', correct: false },
        { text: 'C', correct: true },
      ],
    } as Partial<PublicQuestion>);
    expect(isRight(multiple, { choices: [2, 0] })).toBe(true);
    expect(isRight(multiple, { choices: [0] })).toBe(false);
    expect(isRight(multiple, { choices: [0, 1, 2] })).toBe(false);
    expect(isRight(question({}), { choices: [1] })).toBe(true);
    expect(isRight(question({}), { choices: [] })).toBe(false);
  });

  it('accepts typed words without marks or in another case', () => {
    const typed = question({ type: 'TYPE_ANSWER', choices: [], accepted: ['Mười tám'] });
    expect(isRight(typed, { typed: '  muoi  TAM ' })).toBe(true);
    expect(isRight(typed, { typed: 'mười bảy' })).toBe(false);
    expect(isRight(typed, { typed: '' })).toBe(false);
  });

  it('offers to answer what can be answered by picking or typing', () => {
    expect(practisable(question({}))).toBe(true);
    expect(practisable(question({ type: 'ORDERING' }))).toBe(false);
    expect(practisable(question({ type: 'TYPE_ANSWER', choices: [], accepted: [] }))).toBe(false);
  });
});
