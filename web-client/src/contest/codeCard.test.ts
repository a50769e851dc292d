import { describe, expect, it } from 'vitest';
import { cardFileName, wrap } from './codeCard';

describe('the access code card', () => {
  it('is saved under a name holding the code', () => {
    expect(cardFileName('ABCD-EFGH-JKLM')).toBe('ma-du-thi-ABCD-EFGH-JKLM.png');
  });

  it('breaks a long contest name between words', () => {
    expect(wrap('Tuổi trẻ Bình Minh tìm hiểu pháp luật về an toàn giao thông', 20)).toEqual([
      'Tuổi trẻ Bình Minh',
      'tìm hiểu pháp luật',
      'về an toàn giao',
      'thông',
    ]);
  });
});
