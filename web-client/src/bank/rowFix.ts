// Rows with errors fixed in the import preview: which editor field an error names, and whether the import may go ahead.
import type { RowCheck } from './imports';
import type { ImportReport, RowCells } from './types';

/** The fields the preview lets the user fix, in LuậtVui's columns (the other cells of the row are kept as read). */
export const FIX_FIELDS = [
  'type',
  'text',
  'option1',
  'option2',
  'option3',
  'option4',
  'option5',
  'option6',
  'correct',
  'explanation',
  'citations',
  'tags',
  'difficulty',
] as const;
export type FixField = (typeof FIX_FIELDS)[number];

/** Fields written on several lines. */
export const LONG_FIELDS: readonly FixField[] = ['text', 'explanation'];

/** LuậtVui's column titles, as the server names the cells of a fixed row in its errors. */
const TITLES: Record<string, FixField> = {
  'Loại': 'type',
  'Câu hỏi': 'text',
  'Đáp án đúng': 'correct',
  'Giải thích': 'explanation',
  'Trích dẫn': 'citations',
  'Chủ đề': 'tags',
  'Độ khó': 'difficulty',
};

/** The field an error of a fixed row names ("Câu hỏi", "Phương án 2"), or null for the row as a whole. */
export function fieldOf(column: string | null): FixField | null {
  if (!column) return null;
  // "K (Trích dẫn)" or "Trích dẫn": the title, whatever letter LuậtVui's sheet gives the column.
  const title = column.normalize('NFC').trim().replace(/^[A-Z]{1,3} \((.*)\)$/, '$1');
  const option = /^Phương án ([1-6])$/.exec(title);
  if (option) return `option${option[1]}` as FixField;
  return TITLES[title] ?? null;
}

/** One row being fixed: the cells as edited, and the server's last answer about them (null: not checked since edited). */
export interface Fix {
  cells: RowCells;
  check: RowCheck | null;
}

/** The rows of the report that have errors (row 0, the file as a whole, cannot be fixed here). */
export function errorRows(report: ImportReport): number[] {
  return [...new Set(report.errors.map((e) => e.row).filter((r) => r > 0))].sort((a, b) => a - b);
}

/** Whether a row with errors no longer holds the import back: fixed and found valid, or left out. */
export function settled(row: number, fixes: Record<number, Fix>, leftOut: readonly number[]): boolean {
  return leftOut.includes(row) || fixes[row]?.check?.valid === true;
}

/** What is left of the report once rows are fixed or left out: rows still wrong, whole-file errors, questions to write. */
export function standing(report: ImportReport, fixes: Record<number, Fix>, leftOut: readonly number[]) {
  const rows = errorRows(report);
  const open = rows.filter((r) => !settled(r, fixes, leftOut));
  const fixed = rows.filter((r) => !leftOut.includes(r) && fixes[r]?.check?.valid === true).length;
  const wholeFile = report.errors.some((e) => e.row === 0);
  return { open, fixed, wholeFile, valid: report.valid + fixed, blocked: wholeFile || open.length > 0 };
}

/** The cells the row starts from: as read from the file, or empty when too little could be read. */
export function startingCells(report: ImportReport, row: number): RowCells {
  return { ...(report.unfinished?.find((u) => u.row === row)?.cells ?? {}) };
}
