import { describe, expect, it } from 'vitest';
import { answerLength, questionLength } from './length';

describe('long texts', () => {
  it('set a question smaller as it grows', () => {
    expect(questionLength('Trẻ em là người dưới bao nhiêu tuổi?')).toBe('');
    expect(questionLength('x'.repeat(300))).toBe(' long');
    expect(questionLength('x'.repeat(2000))).toBe(' very-long');
    expect(questionLength(null)).toBe('');
  });

  it('set an answer smaller as it grows', () => {
    expect(answerLength('16 tuổi')).toBe('');
    expect(answerLength('y'.repeat(120))).toBe(' long');
    expect(answerLength('y'.repeat(1000))).toBe(' very-long');
  });
});
