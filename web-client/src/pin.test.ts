import { describe, expect, it } from 'vitest';
import { formatPin, validatePin } from './pin';

describe('validatePin', () => {
  it('accepts 6 or 7 digits', () => {
    expect(validatePin('123456')).toEqual({ ok: true, pin: '123456' });
    expect(validatePin('1234567')).toEqual({ ok: true, pin: '1234567' });
  });

  it('ignores spaces, as the PIN is shown grouped', () => {
    expect(validatePin(' 123 456 ')).toEqual({ ok: true, pin: '123456' });
  });

  it('reports an empty PIN', () => {
    expect(validatePin('')).toEqual({ ok: false, error: 'empty' });
    expect(validatePin('   ')).toEqual({ ok: false, error: 'empty' });
  });

  it('rejects wrong lengths and non-digits', () => {
    for (const bad of ['12345', '12345678', '12a456', '١٢٣٤٥٦', '123-456', '12.3456']) {
      expect(validatePin(bad), bad).toEqual({ ok: false, error: 'format' });
    }
  });
});

describe('formatPin', () => {
  it('groups the first three digits', () => {
    expect(formatPin('123456')).toBe('123 456');
    expect(formatPin('1234567')).toBe('123 4567');
  });
});
