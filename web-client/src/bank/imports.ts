// The import wizard's calls to the server, and the query they share.
import { api, queryString } from '../api';
import { positiveInt } from './editor';
import { mappingQuery, type Mapping } from './mapping';
import type { ImportFormat, ImportReport, PreviewRow, RowCells, SheetColumns } from './types';
import { uploadWithProgress } from './upload';

export type Mode = 'preview' | 'commit' | 'commitValid';

export interface DefaultCitation {
  document: string;
  article: string;
  clause: string;
}

/** The columns the user mapped for a sheet of no known layout. */
export interface MappedColumns {
  headerRow: number;
  mapping: Mapping;
}

/** A fixed row read again by the server: valid, or its errors (columns named as the editor's fields). */
export interface RowCheck {
  row: number;
  valid: boolean;
  errors: { row: number; column: string | null; message: string }[];
  preview: PreviewRow | null;
}

/** How far the server has gone with an import: its phase and the rows read so far. */
export interface ImportProgress {
  phase: 'waiting' | 'reading' | 'checking' | 'writing' | 'done';
  rows: number;
}

/** A fresh id for one import: the server files its progress and the fixed rows under it. */
export function newImportId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `imp-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}

function citationQuery(citation: DefaultCitation) {
  const document = citation.document.trim();
  return {
    citationDocument: document || null,
    citationArticle: document ? positiveInt(citation.article) : null,
    citationClause: document ? positiveInt(citation.clause) : null,
  };
}

/** The import call's query: format, mode, the default citation when one is chosen, the mapped columns, the import id. */
export function importQuery(
  format: ImportFormat,
  mode: Mode,
  citation: DefaultCitation,
  skip: number[] = [],
  mapped: MappedColumns | null = null,
  importId: string | null = null,
): string {
  return queryString({
    format,
    mode,
    headerRow: mapped ? mapped.headerRow : null,
    columns: mapped ? mappingQuery(mapped.mapping) : null,
    ...citationQuery(citation),
    skip: skip.length > 0 ? [...new Set(skip)].sort((a, b) => a - b).join(',') : null,
    import: importId,
  });
}

/** Sends the file to be read (preview) or imported, reporting the share sent. */
export function sendImport(query: string, file: File, onSent: (share: number) => void): Promise<ImportReport> {
  return uploadWithProgress<ImportReport>(`/api/imports${query}`, file, onSent);
}

/** The spreadsheet's layout, or its columns to map. */
export function inspectColumns(file: File, kind: ImportFormat): Promise<SheetColumns> {
  return api<SheetColumns>(`/api/imports/columns${queryString({ format: kind })}`, { method: 'POST', body: file });
}

/** Has the server read a fixed row again with the import's rules; it keeps the fix for the commit. */
export function checkRow(importId: string, row: number, cells: RowCells, citation: DefaultCitation): Promise<RowCheck> {
  return api<RowCheck>(`/api/imports/${encodeURIComponent(importId)}/rows${queryString(citationQuery(citation))}`, {
    method: 'POST',
    body: { row, cells },
  });
}

/** How far the server has read the file of this import. */
export function importProgress(importId: string): Promise<ImportProgress> {
  return api<ImportProgress>(`/api/imports/${encodeURIComponent(importId)}/progress`);
}

/** A problem with the default citation, or null: a document needs its Điều; khoản is optional. */
export function citationProblem(citation: DefaultCitation): 'article' | 'clause' | null {
  if (!citation.document.trim()) return null;
  if (positiveInt(citation.article) === null) return 'article';
  if (citation.clause.trim() && positiveInt(citation.clause) === null) return 'clause';
  return null;
}

/** Whether a format is a spreadsheet layout (its files may need the mapping step). */
export function isSheet(format: ImportFormat): boolean {
  return format.startsWith('XLSX') || format.startsWith('CSV');
}

/** The format of the file's kind to ask the server about: what the name says, else the chosen format's kind. */
export function sheetKind(name: string, format: ImportFormat): ImportFormat {
  if (/\.csv$/i.test(name)) return 'CSV_LUATVUI';
  if (/\.xlsx$/i.test(name)) return 'XLSX_LUATVUI';
  // A ZIP (a sheet with its images): the server looks at the sheet inside, whatever its kind.
  return format.startsWith('CSV') ? 'CSV_LUATVUI' : 'XLSX_LUATVUI';
}
