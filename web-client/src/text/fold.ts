// Vietnamese text helpers for search and answer matching.

/** Unicode NFC, the form all stored and compared text uses. */
export function nfc(text: string): string {
  return text.normalize('NFC');
}

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const WHITE_SPACE = /\s+/g;

/**
 * Folds text for diacritic-insensitive matching: NFD, drop combining marks,
 * đ→d and Đ→D (đ is a letter of its own, not a base letter plus a mark),
 * lower-case, collapse white space and trim. "Điều 9" → "dieu 9".
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(WHITE_SPACE, ' ')
    .trim();
}
