// The registration form of a contestant: its checks and the body of POST /contests/{id}/registrations.
import { t } from '../i18n';

export interface RegistrationForm {
  fullName: string;
  /** "YYYY-MM-DD" (an <input type="date">). */
  birthDate: string;
  unitId: number | null;
  phone: string;
  email: string;
  idNumber: string;
  /** The contestant agrees to the processing of their personal data as the notice says. */
  consent: boolean;
  /** Under the guardian age: the parent's or guardian's name and their agreement. */
  guardianName: string;
  guardianAccepted: boolean;
}

export type RegistrationField =
  | 'fullName'
  | 'birthDate'
  | 'unitId'
  | 'phone'
  | 'email'
  | 'idNumber'
  | 'contact'
  | 'consent'
  | 'guardianName'
  | 'guardianAccepted';
export const REGISTRATION_FIELDS: readonly RegistrationField[] = [
  'fullName',
  'birthDate',
  'unitId',
  'contact',
  'phone',
  'email',
  'idNumber',
  'guardianName',
  'guardianAccepted',
  'consent',
];

/** Under this age a parent or guardian agrees too (the server says so in the contest's privacy notice). */
export const GUARDIAN_AGE = 16;

export interface RegistrationBody {
  fullName: string;
  birthDate: string;
  unitId: number;
  phone: string | null;
  email: string | null;
  idNumber: string | null;
  consent: { accepted: boolean; guardianName: string | null; guardianAccepted: boolean };
}

export function emptyRegistration(): RegistrationForm {
  return { fullName: '', birthDate: '', unitId: null, phone: '', email: '', idNumber: '', consent: false, guardianName: '', guardianAccepted: false };
}

/** Whether a parent or guardian must agree: a valid birth date under the guardian age (name and unit are never all that is collected). */
export function guardianNeeded(birthDate: string, today: string = localToday(), guardianAge: number = GUARDIAN_AGE): boolean {
  return isDate(birthDate) && birthDate <= today && ageOn(birthDate, today) < guardianAge;
}

const clean = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ');

/** A phone number without spaces, dots, dashes or brackets, +84 written as 0: "+84 912 345 678" → "0912345678". */
export function normalisePhone(phone: string): string {
  const digits = phone.trim().replace(/[\s.\-()]/g, '');
  return digits.startsWith('+84') ? `0${digits.slice(3)}` : digits;
}

/** Whole years from a birth date to today ("YYYY-MM-DD" both). */
export function ageOn(birthDate: string, today: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [ty, tm, td] = today.split('-').map(Number);
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

/** The server's rules: a Vietnamese number of 10 or 11 digits from 0 (+84 is written as 0). */
const PHONE = /^0\d{9,10}$/;
const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;
/** Số căn cước: 12 digits. */
const ID_NUMBER = /^\d{12}$/;
/** Letters (with their marks), spaces and . ' ’ - — starting with a letter. */
const NAME = /^[\p{L}\p{M}][\p{L}\p{M} .'’-]*$/u;
export const MIN_AGE = 6;
export const MAX_AGE = 100;

/** A calendar date "YYYY-MM-DD" that exists. */
export function isDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.getUTCFullYear() === Number(m[1]) && date.getUTCMonth() === Number(m[2]) - 1 && date.getUTCDate() === Number(m[3]);
}

/** Today as "YYYY-MM-DD" on this device. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** What to fix, by field; empty when the form can be sent. */
export function registrationProblems(
  form: RegistrationForm,
  askIdNumber: boolean,
  today: string = localToday(),
): Partial<Record<RegistrationField, string>> {
  const problems: Partial<Record<RegistrationField, string>> = {};
  const name = clean(form.fullName);
  const length = [...name].length;
  if (!name) problems.fullName = t('reg.nameRequired');
  else if (length < 2 || length > 100) problems.fullName = t('reg.nameLength', { min: 2, max: 100 });
  else if (!NAME.test(name)) problems.fullName = t('reg.nameLetters');
  if (!form.birthDate) problems.birthDate = t('reg.birthRequired');
  else if (!isDate(form.birthDate)) problems.birthDate = t('reg.birthInvalid');
  else if (form.birthDate > today || ageOn(form.birthDate, today) < MIN_AGE || ageOn(form.birthDate, today) > MAX_AGE) {
    problems.birthDate = t('reg.birthAge', { min: MIN_AGE, max: MAX_AGE });
  }
  if (form.unitId === null) problems.unitId = t('reg.unitRequired');
  const phone = normalisePhone(form.phone);
  const email = form.email.trim();
  if (!phone && !email) problems.contact = t('reg.contactRequired');
  if (phone && !PHONE.test(phone)) problems.phone = t('reg.phoneInvalid');
  if (email && (!EMAIL.test(email) || email.length > 200)) problems.email = t('reg.emailInvalid');
  if (askIdNumber) {
    const id = form.idNumber.trim();
    if (!id) problems.idNumber = t('reg.idRequired');
    else if (!ID_NUMBER.test(id)) problems.idNumber = t('reg.idInvalid');
  }
  if (guardianNeeded(form.birthDate, today)) {
    const guardian = clean(form.guardianName);
    if ([...guardian].length < 2) problems.guardianName = t('reg.guardianNameRequired', { age: GUARDIAN_AGE });
    if (!form.guardianAccepted) problems.guardianAccepted = t('reg.guardianConsentRequired', { age: GUARDIAN_AGE });
  }
  if (!form.consent) problems.consent = t('reg.consentRequired');
  return problems;
}

export function registrationBody(form: RegistrationForm, askIdNumber: boolean): RegistrationBody {
  return {
    fullName: clean(form.fullName),
    birthDate: form.birthDate,
    unitId: form.unitId ?? 0,
    phone: normalisePhone(form.phone) || null,
    email: form.email.trim() || null,
    idNumber: askIdNumber ? form.idNumber.trim() || null : null,
    consent: {
      accepted: form.consent,
      guardianName: guardianNeeded(form.birthDate) ? clean(form.guardianName) || null : null,
      guardianAccepted: guardianNeeded(form.birthDate) && form.guardianAccepted,
    },
  };
}

/** A server violation's field in the form's terms ("unitId", "phone"…), or null. */
export function registrationField(path: string): RegistrationField | null {
  const field = path.replace(/^\$\.?/, '').replace(/^consent\.accepted$/, 'consent').replace(/^consent\./, '');
  return (REGISTRATION_FIELDS as readonly string[]).includes(field) ? (field as RegistrationField) : null;
}

/** An access code as typed: without spaces around it or inside it. */
export function cleanAccessCode(code: string): string {
  return code.replace(/\s+/g, '');
}
