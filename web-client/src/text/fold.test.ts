import { describe, expect, it } from 'vitest';
import { fold, nfc } from './fold';

describe('fold', () => {
  it('drops diacritics and folds đ/Đ', () => {
    expect(fold('Điều 9')).toBe('dieu 9');
    expect(fold('giao thông')).toBe('giao thong');
    expect(fold('ĐOÀN THANH NIÊN')).toBe('doan thanh nien');
    expect(fold('Luật Trật tự, an toàn giao thông đường bộ')).toBe(
      'luat trat tu, an toan giao thong duong bo',
    );
  });

  it('gives the same result for NFD and NFC input', () => {
    const composed = 'Bộ luật Hình sự – Điều 173';
    const decomposed = composed.normalize('NFD');
    expect(decomposed).not.toBe(composed);
    expect(fold(decomposed)).toBe(fold(composed));
    expect(fold(decomposed)).toBe('bo luat hinh su – dieu 173');
  });

  it('collapses and trims white space', () => {
    expect(fold('  khoản\t2 \n Điều   5 ')).toBe('khoan 2 dieu 5');
  });
});

describe('nfc', () => {
  it('composes decomposed Vietnamese text', () => {
    expect(nfc('Luật'.normalize('NFD'))).toBe('Luật');
  });
});
