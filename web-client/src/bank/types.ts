// The question bank as the REST API describes it (quiz-server api/openapi.yaml).
import type { Role } from '../auth';

export type QuestionType = 'SINGLE_CHOICE' | 'MULTIPLE_SELECT' | 'TRUE_FALSE' | 'TYPE_ANSWER' | 'ORDERING' | 'POLL';
export const QUESTION_TYPES: readonly QuestionType[] = [
  'SINGLE_CHOICE',
  'MULTIPLE_SELECT',
  'TRUE_FALSE',
  'TYPE_ANSWER',
  'ORDERING',
  'POLL',
];

export type Status = 'DRAFT' | 'IN_REVIEW' | 'APPROVED' | 'RETIRED';
export const STATUSES: readonly Status[] = ['DRAFT', 'IN_REVIEW', 'APPROVED', 'RETIRED'];

export type Audience = 'TIEU_HOC' | 'THCS' | 'THPT' | 'SINH_VIEN' | 'NGUOI_LON' | 'MOI_NGUOI';
export const AUDIENCES: readonly Audience[] = ['MOI_NGUOI', 'TIEU_HOC', 'THCS', 'THPT', 'SINH_VIEN', 'NGUOI_LON'];

export type Visibility = 'PUBLIC' | 'CONTEST_ONLY';
export const VISIBILITIES: readonly Visibility[] = ['PUBLIC', 'CONTEST_ONLY'];

export type Scoring = 'ALL_OR_NOTHING' | 'PER_OPTION';
export const SCORINGS: readonly Scoring[] = ['ALL_OR_NOTHING', 'PER_OPTION'];

export type Difficulty = 1 | 2 | 3;
export const DIFFICULTIES: readonly Difficulty[] = [1, 2, 3];

export type DocumentKind = 'HIEN_PHAP' | 'BO_LUAT' | 'LUAT' | 'NGHI_QUYET' | 'NGHI_DINH' | 'THONG_TU' | 'QUYET_DINH';
export const DOCUMENT_KINDS: readonly DocumentKind[] = [
  'HIEN_PHAP',
  'BO_LUAT',
  'LUAT',
  'NGHI_QUYET',
  'NGHI_DINH',
  'THONG_TU',
  'QUYET_DINH',
];

export type HistoryAction = 'CREATED' | 'EDITED' | 'SUBMITTED' | 'APPROVED' | 'RETURNED' | 'RETIRED' | 'COMMENTED' | 'FLAGGED';
export type ReviewStep = 'submit' | 'approve' | 'return' | 'retire' | 'comment';

export interface Choice {
  text: string | null;
  correct: boolean;
}

/** Where the law says it: document number, Điều, khoản, điểm, an optional quotation. */
export interface Citation {
  document: string;
  article: number;
  clause: number | null;
  point: string | null;
  quote: string | null;
}

export interface QuestionContent {
  type: QuestionType;
  text: string;
  choices: Choice[];
  accepted: string[];
  explanation: string | null;
  citations: Citation[];
  tags: string[];
  difficulty: number;
  audience: Audience | null;
  visibility: Visibility | null;
  scoring: Scoring | null;
  imageUrl: string | null;
  /** What the image shows, in words; required with an uploaded image (/media/…). */
  imageAlt?: string | null;
}

export interface Question {
  id: number;
  key: string | null;
  status: Status;
  version: number;
  authorId: number;
  authorName: string;
  needsReview: boolean;
  needsReviewReason: string | null;
  updatedAt: string;
  content: QuestionContent;
  /** The version a reviewer returned (until approved): a draft with it is being fixed, one in review was resubmitted. */
  returnedVersion?: number | null;
  returnComment?: string | null;
  /** The question's own answering time (from an imported file); a set takes it when added. */
  timeLimitSeconds?: number | null;
}

export interface Page<T> {
  total: number;
  page: number;
  size: number;
  items: T[];
}

export interface HistoryEntry {
  id: number;
  version: number;
  actorId: number | null;
  actorName: string | null;
  action: HistoryAction | string;
  comment: string | null;
  at: string;
}

/** A citation in the public lookup: with the document's name and the reference spelled out. */
export interface PublicCitation extends Citation {
  documentName: string | null;
  reference: string;
}

export interface PublicQuestion {
  id: number;
  type: QuestionType;
  text: string;
  choices: Choice[];
  accepted: string[];
  explanation: string | null;
  citations: PublicCitation[];
  tags: string[];
  difficulty: number;
  audience: Audience | null;
  imageUrl?: string | null;
  imageAlt?: string | null;
}

/** A registry entry as written (the body of POST and PUT /api/legal-documents). */
export interface LegalDocument {
  number: string;
  name: string;
  kind: DocumentKind;
  issued: string | null;
  effectiveFrom: string | null;
  /** Last day in force. */
  effectiveTo: string | null;
  replacedBy: string[];
}

export interface LegalDocumentView extends LegalDocument {
  id: number;
  inForce: boolean;
  citingQuestions: number;
}

export interface User {
  id: number;
  email: string;
  displayName: string;
  roles: Role[];
  active: boolean;
  /** No password yet: the invitation link sets one. */
  invited?: boolean;
  /** Only in the answer that made an invitation: the link, shown this once. */
  inviteUrl?: string | null;
  /** The invitation was also mailed (SMTP configured). */
  mailed?: boolean;
  inviteExpiresAt?: string | null;
}

export type ImportFormat =
  | 'XLSX_KAHOOT'
  | 'XLSX_LUATVUI'
  | 'CSV_KAHOOT'
  | 'CSV_LUATVUI'
  | 'JSON'
  | 'AIKEN'
  | 'GIFT'
  | 'XLSX_WAYGROUND'
  | 'CSV_WAYGROUND'
  | 'MOODLE_XML';
export const IMPORT_FORMATS: readonly ImportFormat[] = [
  'XLSX_KAHOOT',
  'CSV_KAHOOT',
  'XLSX_WAYGROUND',
  'CSV_WAYGROUND',
  'XLSX_LUATVUI',
  'CSV_LUATVUI',
  'JSON',
  'MOODLE_XML',
  'AIKEN',
  'GIFT',
];

/** What POST /api/imports/columns says of a spreadsheet: a known layout, or its columns to map. */
export interface SheetColumns {
  layout: ImportFormat | null;
  headerRow: number;
  columns: { letter: string; header: string; samples: string[] }[];
  problem: string | null;
}

export interface ImportReport {
  format: ImportFormat;
  total: number;
  valid: number;
  created: number;
  createdIds?: number[];
  /** Row 0: the file as a whole. */
  errors: { row: number; column: string | null; message: string }[];
  /**
   * A repeat of an earlier row (firstRow), or of a question already in the bank (existingId):
   * exact (same text and answers, skipped) or near (differs by case, diacritics or spacing: a
   * warning, imported unless the user skips the row).
   */
  duplicates: { row: number; firstRow: number | null; existingId?: number | null; exact?: boolean }[];
  /** Valid rows not written (or, in a preview, that would not be), and why. */
  skipped?: { row: number; reason: string }[];
  preview: PreviewRow[];
  /** Imported only in part (a Moodle question's embedded image), by row and column. */
  warnings?: { row: number; column: string | null; message: string }[];
  /** Rows with errors as far as they were read, in LuậtVui's columns: what the preview offers to fix. */
  unfinished?: { row: number; cells: RowCells }[];
}

/** A question as it would be imported, with its row in the file. */
export interface PreviewRow {
  row: number;
  content: QuestionContent;
}

/**
 * A row in the columns of LuậtVui's spreadsheet (type, text, option1 … option6, correct, explanation,
 * citations, tags, difficulty and the rest): how a row with errors is fixed in the preview, whatever the file's format.
 */
export type RowCells = Partial<Record<string, string>>;

export interface SetItem {
  questionId: number;
  timeLimitSeconds: number;
  points: number;
}

export interface QuestionSetSummary {
  id: number;
  title: string;
  description: string | null;
  ownerId: number;
  ownerName: string;
  shared: boolean;
  questionCount: number;
  updatedAt: string;
  /** Set only on a ready set shipped with the starter bank (bộ câu hỏi mẫu). */
  starterKey?: string | null;
  topic?: string | null;
  titleEn?: string | null;
  /** Shared with this one contest only (its pool draws from it; no host list shows it). */
  sharedContestId?: number | null;
  sharedContestTitle?: string | null;
  /** Shared with this one person (their email address). */
  sharedWith?: string | null;
  sharedWithName?: string | null;
}

/** Why a live game would not play a question of a set. */
export type UnplayableReason = 'NEEDS_REVIEW' | 'NOT_APPROVED' | 'RETIRED' | 'MISSING';

/** A question of a set a game would not play, and one citing the same article that could take its place. */
export interface UnplayableItem {
  position: number;
  questionId: number;
  text: string | null;
  reason: UnplayableReason;
  detail: string | null;
  replacement: Question | null;
}

/** GET /api/question-sets/{id}/check. */
export interface SetCheck {
  setId: number;
  playable: number;
  unplayable: UnplayableItem[];
}

export interface SetEntry extends SetItem {
  /** Null when the question is gone. */
  question: Question | null;
}

/** A set as GET/POST/PUT /api/question-sets answer it. */
export interface QuestionSet {
  set: QuestionSetSummary;
  items: SetEntry[];
}
