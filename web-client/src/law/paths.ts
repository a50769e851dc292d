// The reader's permanent addresses: /van-ban/<document>/dieu-<n>, the document written as its slug.

const MARKS = /[\u0300-\u036f]/g;

/** A document number as it reads in an address: "/" as "-", marks dropped ("168/2024/NĐ-CP" → "168-2024-ND-CP"). */
export function documentSlug(number: string): string {
  return number.replace(/\//g, '-').normalize('NFD').replace(MARKS, '').replace(/Đ/g, 'D').replace(/đ/g, 'd');
}

export function documentPath(number: string): string {
  return `/van-ban/${documentSlug(number)}`;
}

/** The anchor of a khoản or điểm inside an article's page ("khoan-2", "khoan-2-diem-a", "diem-a"). */
export function provisionAnchor(clause?: string | number | null, point?: string | null): string | null {
  const c = clause === null || clause === undefined || clause === '' ? null : `khoan-${clause}`;
  const p = point ? `diem-${documentSlug(point)}` : null;
  return c && p ? `${c}-${p}` : c ?? p;
}

/** An article's address, with the cited khoản/điểm as its anchor. */
export function articlePath(number: string, article: string | number, clause?: string | number | null, point?: string | null): string {
  const anchor = provisionAnchor(clause, point);
  return `${documentPath(number)}/dieu-${article}${anchor ? `#${anchor}` : ''}`;
}

/** The Điều an address names ("dieu-256a" → "256a"), or null when it names none. */
export function articleParam(param: string | undefined): string | null {
  const match = /^dieu-([0-9]{1,4}[a-z]?)$/.exec(param ?? '');
  return match ? match[1] : null;
}

/** The units of a provision as an amending document writes them ("Điều 1 khoản 2 điểm a"). */
export function parseProvision(text: string | null | undefined): { article: string; clause: string | null; point: string | null } | null {
  const match = /Điều\s+([0-9]{1,4}[a-z]?)(?:\s+khoản\s+([0-9]{1,3}[a-z]?))?(?:\s+điểm\s+([a-zđ][0-9]?))?/.exec(text ?? '');
  return match ? { article: match[1], clause: match[2] ?? null, point: match[3] ?? null } : null;
}

export function searchPath(q: string): string {
  return `/van-ban/tim?q=${encodeURIComponent(q)}`;
}

/** An ISO day as Vietnamese documents write it ("2025-07-01" → "01/07/2025"). */
export function day(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}
