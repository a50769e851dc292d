// What the legal store's read API (/api/laws) answers.
import type { PublicQuestion } from '../bank/types';

export type LawStatus = 'IN_FORCE' | 'AMENDED' | 'OUT_OF_FORCE' | 'NOT_YET_IN_FORCE';
export type ArticleStatus = 'IN_FORCE' | 'NOT_YET_IN_FORCE' | 'REPEALED' | 'DOCUMENT_ENDED';

export interface LawDocument {
  number: string;
  slug: string;
  name: string;
  kind: string;
  issuer: string | null;
  issued: string | null;
  effectiveFrom: string | null;
  effectiveTo: string | null;
  fields: string[];
  /** FULL, PARTIAL or NONE: how much of the text the store holds. */
  text: string;
  status: LawStatus;
  replacedBy: string[];
  amendedBy: string[];
  guides: string[];
  source: string | null;
  readOn: string | null;
  articles: number;
}

export interface TocArticle {
  number: string;
  title: string | null;
  changed: boolean;
}

export interface TocGroup {
  divisions: string[];
  articles: TocArticle[];
}

export interface Structure {
  document: LawDocument;
  asOf: string;
  toc: TocGroup[];
}

/** A unit of an article's structured content: the article, a khoản or a điểm, with its paragraphs. */
export interface Unit {
  type: 'article' | 'clause' | 'point';
  number: string;
  title?: string;
  text: string[];
  clauses?: Unit[];
  points?: Unit[];
}

export interface Period {
  from: string;
  to?: string | null;
  changedBy?: string | null;
}

export interface Change {
  from: string;
  kind: string;
  byDocument: string | null;
  byProvision: string | null;
  target: string | null;
  before: string | null;
  after: string | null;
}

export interface Article {
  document: string;
  documentName: string;
  number: string;
  title: string | null;
  divisions: string[];
  asOf: string;
  status: ArticleStatus;
  content: Unit | null;
  text: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  changedBy: string | null;
  versions: Period[];
  changes: Change[];
}

export interface Hit {
  number: string;
  title: string | null;
  clause: string | null;
  snippet: string;
  highlights: [number, number][];
}

export interface DocumentHits {
  document: string;
  slug: string;
  name: string;
  articles: Hit[];
}

export interface SearchResult {
  q: string;
  asOf: string;
  total: number;
  documents: DocumentHits[];
}

export interface ArticleQuestions {
  document: string;
  article: string;
  items: PublicQuestion[];
}
