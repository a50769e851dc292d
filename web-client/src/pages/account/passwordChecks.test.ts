import { describe, expect, it } from 'vitest';
import { setLang } from '../../i18n';
import { passwordProblems, totpCode } from './passwordChecks';

describe('a new password', () => {
  setLang('en');

  it('needs the current one, ten characters, a change, and the same twice', () => {
    expect(passwordProblems({ current: '', next: 'ngan', repeat: 'ngan' })).toEqual({
      current: 'Please enter your current password.',
      next: 'The new password needs at least 10 characters.',
    });
    expect(passwordProblems({ current: 'mat-khau-du-dai', next: 'mat-khau-du-dai', repeat: 'mat-khau-du-dai' }).next).toBe(
      'The new password must differ from the current one.',
    );
    expect(passwordProblems({ current: 'a', next: 'cau-dai-de-nho', repeat: 'cau-dai-de-nhớ' }).repeat).toBe(
      'The two new passwords are not the same.',
    );
    expect(passwordProblems({ current: 'a', next: 'cau-dai-de-nho', repeat: 'cau-dai-de-nho' })).toEqual({});
  });

  it('counts characters, not UTF-16 units', () => {
    expect(passwordProblems({ current: 'a', next: '😀😀😀😀😀', repeat: '😀😀😀😀😀' }).next).toBeDefined();
  });
});

describe('an authenticator code', () => {
  it('is six digits, spaces ignored', () => {
    expect(totpCode(' 123 456 ')).toBe('123456');
    expect(totpCode('12345')).toBeNull();
    expect(totpCode('abcdef')).toBeNull();
  });
});
