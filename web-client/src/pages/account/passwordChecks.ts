// The checks a new password gets before it is sent; the server's policy (common and guessable
// passwords) has the last word.
import { t } from '../../i18n';

export const MIN_PASSWORD = 10;

export interface PasswordChange {
  current: string;
  next: string;
  repeat: string;
}

export type PasswordField = keyof PasswordChange;

/** The first problem of each field, if any. */
export function passwordProblems(change: PasswordChange): Partial<Record<PasswordField, string>> {
  const problems: Partial<Record<PasswordField, string>> = {};
  if (!change.current) problems.current = t('account.currentMissing');
  if ([...change.next].length < MIN_PASSWORD) problems.next = t('account.tooShort', { min: MIN_PASSWORD });
  else if (change.next === change.current) problems.next = t('account.same');
  if (!problems.next && change.repeat !== change.next) problems.repeat = t('account.mismatch');
  return problems;
}

/** A 6-digit code from an authenticator app, spaces allowed ("123 456"); null when it is not one. */
export function totpCode(text: string): string | null {
  const digits = text.replace(/\s+/g, '');
  return /^\d{6}$/.test(digits) ? digits : null;
}
