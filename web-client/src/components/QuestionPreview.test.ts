import { describe, expect, it } from 'vitest';
import { correctAnswer, scrambled, type Viewable } from './QuestionPreview';

const base: Viewable = { type: 'SINGLE_CHOICE', text: 'x', choices: [], accepted: [], explanation: null, citations: [] };

describe('the player preview', () => {
  it('never shows ordering items in their correct order', () => {
    for (const n of [2, 3, 4, 5, 6]) {
      const items = Array.from({ length: n }, (_, i) => i);
      const order = scrambled(items).map((x) => x.item);
      expect(order.sort()).toEqual(items);
      expect(scrambled(items).map((x) => x.item), `n=${n}`).not.toEqual(items);
    }
  });

  it('words the correct answer of each type', () => {
    const choices = [
      { text: 'A', correct: false },
      { text: 'B', correct: true },
      { text: 'C', correct: true },
    ];
    expect(correctAnswer({ ...base, type: 'MULTIPLE_SELECT', choices })).toEqual(['B', 'C']);
    expect(correctAnswer({ ...base, type: 'ORDERING', choices })).toEqual(['1. A', '2. B', '3. C']);
    expect(correctAnswer({ ...base, type: 'TYPE_ANSWER', accepted: ['16', 'mười sáu'] })).toEqual(['16', 'mười sáu']);
    expect(correctAnswer({ ...base, type: 'POLL', choices })).toEqual([]);
  });
});
