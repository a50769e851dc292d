import { describe, expect, it } from 'vitest';
import { moveItem } from '../bank/sets';
import { answerWords, correctLines, draftFor, draftKind, payloadOf, sameAnswer, toggleChoice } from './answers';
import type { AttemptQuestion } from './types';

const q = (type: AttemptQuestion['type'], answer: AttemptQuestion['answer'] = null, choices = ['A', 'B', 'C']) => ({ type, choices, answer });

describe('drafts', () => {
  it('start empty, or from the saved answer', () => {
    expect(draftFor(q('SINGLE_CHOICE'))).toEqual({ kind: 'choice', choice: null });
    expect(draftFor(q('TRUE_FALSE', { choice: 1 }, ['Đúng', 'Sai']))).toEqual({ kind: 'choice', choice: 1 });
    expect(draftFor(q('MULTIPLE_SELECT', { choices: [2, 0] }))).toEqual({ kind: 'choices', choices: [0, 2] });
    expect(draftFor(q('TYPE_ANSWER', null, []))).toEqual({ kind: 'text', text: '' });
    expect(draftFor(q('TYPE_ANSWER', { text: 'tạm giữ' }, []))).toEqual({ kind: 'text', text: 'tạm giữ' });
    expect(draftFor(q('ORDERING'))).toEqual({ kind: 'order', order: [0, 1, 2] });
    expect(draftFor(q('ORDERING', { order: [2, 0, 1] }))).toEqual({ kind: 'order', order: [2, 0, 1] });
  });

  it('ignore a saved answer of the wrong shape', () => {
    expect(draftFor(q('ORDERING', { order: [0, 0, 1] }))).toEqual({ kind: 'order', order: [0, 1, 2] });
    expect(draftFor(q('SINGLE_CHOICE', { text: 'x' }))).toEqual({ kind: 'choice', choice: null });
    expect(draftKind('POLL')).toBe('choice');
  });
});

describe('the body saved per type', () => {
  it('single choice and true/false: the choice', () => {
    expect(payloadOf({ kind: 'choice', choice: 2 })).toEqual({ choice: 2 });
    expect(payloadOf({ kind: 'choice', choice: 0 })).toEqual({ choice: 0 });
    expect(payloadOf({ kind: 'choice', choice: null })).toBeNull();
  });

  it('multiple select: the ticked boxes, sorted; none is nothing to save', () => {
    expect(payloadOf({ kind: 'choices', choices: [3, 1] })).toEqual({ choices: [1, 3] });
    expect(payloadOf({ kind: 'choices', choices: [] })).toBeNull();
  });

  it('type answer: NFC, trimmed, at most 200 characters; blank is nothing', () => {
    const decomposed = 'Tòa án'.normalize('NFD');
    expect(payloadOf({ kind: 'text', text: `  ${decomposed} ` })).toEqual({ text: 'Tòa án'.normalize('NFC') });
    expect(payloadOf({ kind: 'text', text: '   ' })).toBeNull();
    expect((payloadOf({ kind: 'text', text: 'x'.repeat(300) }) as { text: string }).text).toHaveLength(200);
  });

  it('ordering: the order as shown', () => {
    expect(payloadOf({ kind: 'order', order: [2, 0, 1] })).toEqual({ order: [2, 0, 1] });
  });
});

describe('changing an answer', () => {
  it('toggles boxes and moves items', () => {
    expect(toggleChoice([0, 2], 1)).toEqual([0, 1, 2]);
    expect(toggleChoice([0, 2], 2)).toEqual([0]);
    expect(moveItem([0, 1, 2], 2, -1)).toEqual([0, 2, 1]);
    expect(moveItem([0, 1, 2], 0, -1)).toEqual([0, 1, 2]);
  });

  it('compares answers by meaning', () => {
    expect(sameAnswer({ choices: [2, 0] }, { choices: [0, 2] })).toBe(true);
    expect(sameAnswer({ choice: 1 }, { choice: 2 })).toBe(false);
    expect(sameAnswer({ text: ' a ' }, { text: 'a' })).toBe(true);
    expect(sameAnswer(null, undefined)).toBe(true);
    expect(sameAnswer({ choice: 0 }, null)).toBe(false);
  });
});

describe('answers in words', () => {
  const choices = ['Đỏ', 'Xanh', 'Vàng'];
  it('the contestant’s answer', () => {
    expect(answerWords({ choice: 1 }, choices)).toBe('Xanh');
    expect(answerWords({ choices: [0, 2] }, choices)).toBe('Đỏ · Vàng');
    expect(answerWords({ order: [2, 0, 1] }, choices)).toBe('Vàng → Đỏ → Xanh');
    expect(answerWords({ text: 'vàng' }, [])).toBe('vàng');
    expect(answerWords(null, choices)).toBe('');
  });

  it('the correct answer from the review', () => {
    expect(correctLines({ choice: 2 }, choices)).toEqual(['Vàng']);
    expect(correctLines({ choices: [0, 1] }, choices)).toEqual(['Đỏ', 'Xanh']);
    expect(correctLines({ order: [1, 2, 0] }, choices)).toEqual(['1. Xanh', '2. Vàng', '3. Đỏ']);
    expect(correctLines({ accepted: ['tạm giữ', 'tam giu'] }, [])).toEqual(['tạm giữ', 'tam giu']);
    expect(correctLines(null, choices)).toEqual([]);
  });
});
