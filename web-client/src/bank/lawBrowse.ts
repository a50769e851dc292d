// Browsing the legal store from the question editor: a document's chapters, an article's khoản and
// điểm, and the citation and quote a chosen provision gives. The texts come from /api/laws.
import { api } from '../api';

export interface TocArticle {
  number: string;
  title: string;
  changed: boolean;
}

export interface TocGroup {
  divisions: string[];
  articles: TocArticle[];
}

export interface LawStructure {
  document: { number: string; slug: string; name: string; text: 'FULL' | 'PARTIAL' | 'NONE' };
  toc: TocGroup[];
}

export interface PointJson {
  number: string;
  text: string[];
}

export interface ClauseJson {
  number: string;
  text: string[];
  points: PointJson[];
}

export interface ArticleJson {
  number: string;
  title: string;
  text: string[];
  clauses: ClauseJson[];
  points: PointJson[];
}

export interface LawArticleView {
  document: string;
  number: string;
  title: string;
  status: string;
  content: ArticleJson | null;
  text: string;
}

/** One provision a citation can point at: the article itself, a khoản, or a điểm. */
export interface Provision {
  article: string;
  clause?: string;
  point?: string;
  /** Its own words, label ("1.", "a)") left out, sub-units included, lines joined by spaces. */
  text: string;
}

/** What the editor's citation row takes from a chosen provision. */
export interface CitationPatch {
  article: string;
  clause: string;
  point: string;
  quote: string;
}

/** "36/2024/QH15" → "36-2024-QH15", as /api/laws addresses a document. */
export function slugOf(number: string): string {
  return number.trim().replace(/\//g, '-');
}

export function loadStructure(number: string): Promise<LawStructure> {
  return api<LawStructure>(`/api/laws/documents/${encodeURIComponent(slugOf(number))}`);
}

export function loadArticle(number: string, article: string): Promise<LawArticleView> {
  return api<LawArticleView>(`/api/laws/documents/${encodeURIComponent(slugOf(number))}/articles/${encodeURIComponent(article)}`);
}

/** White space as the server matches quotes: NFC, every run one space, trimmed. */
export function normaliseSpace(text: string): string {
  return text.normalize('NFC').replace(/[\s\u00a0\u2007\u202f]+/g, ' ').trim();
}

/** The chapter a group of the table of contents belongs to, as one heading ("Chương I. … › Mục 1. …"). */
export function groupHeading(group: TocGroup): string {
  return group.divisions.join(' › ');
}

/** Only whole numbers can be cited by the bank (Điều 256a and khoản 3a cannot yet). */
export function citable(number: string | undefined): boolean {
  return number === undefined || /^\d+$/.test(number);
}

function pointText(p: PointJson): string {
  return normaliseSpace(p.text.join(' '));
}

function withPoints(lines: readonly string[], points: readonly PointJson[]): string {
  return normaliseSpace([...lines, ...points.map((p) => `${p.number}) ${p.text.join(' ')}`)].join(' '));
}

/** The article, then each khoản and its điểm (or the điểm directly under the article), in order. */
export function provisions(article: ArticleJson): Provision[] {
  const out: Provision[] = [];
  const whole = [...article.text];
  for (const c of article.clauses) whole.push(`${c.number}. ${withPoints(c.text, c.points)}`);
  out.push({ article: article.number, text: withPoints(whole, article.points) });
  for (const c of article.clauses) {
    out.push({ article: article.number, clause: c.number, text: withPoints(c.text, c.points) });
    for (const p of c.points) out.push({ article: article.number, clause: c.number, point: p.number, text: pointText(p) });
  }
  for (const p of article.points) out.push({ article: article.number, point: p.number, text: pointText(p) });
  return out;
}

/** The provision's own words without its sub-units: what sentences are chosen from. */
export function ownText(article: ArticleJson, clause?: string, point?: string): string {
  if (point) {
    const points = clause ? article.clauses.find((c) => c.number === clause)?.points : article.points;
    const p = points?.find((x) => x.number === point);
    return p ? pointText(p) : '';
  }
  if (clause) {
    const c = article.clauses.find((x) => x.number === clause);
    return c ? normaliseSpace(c.text.join(' ')) : '';
  }
  return normaliseSpace(article.text.join(' '));
}

/**
 * The sentences of a text, each a piece of it as written (so it occurs in the provision when quoted):
 * cut after ".", ";", ":", "!" or "?" followed by a space. Empty pieces are dropped.
 */
export function sentences(text: string): string[] {
  return normaliseSpace(text)
    .split(/(?<=[.;:!?])\s+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/**
 * The citation row's fields for a provision and a quote (the whole provision's text when none is
 * chosen). A text longer than the quote allows is cut after its last whole sentence that fits, so
 * the quote still occurs in the provision.
 */
export function citationFor(provision: Provision, quote?: string, max = 1500): CitationPatch | null {
  if (!citable(provision.article) || !citable(provision.clause)) return null;
  return {
    article: provision.article,
    clause: provision.clause ?? '',
    point: provision.point ?? '',
    quote: fitting(normaliseSpace(quote ?? provision.text), max),
  };
}

function fitting(text: string, max: number): string {
  if (text.length <= max) return text;
  let out = '';
  for (const s of sentences(text)) {
    const next = out ? `${out} ${s}` : s;
    if (next.length > max) break;
    out = next;
  }
  return out || text.slice(0, max).trim();
}

/** The provision a citation row names, if the article has it. */
export function findProvision(article: ArticleJson, clause: string, point: string): Provision | undefined {
  const c = clause.trim() || undefined;
  const p = point.trim().toLowerCase() || undefined;
  return provisions(article).find((x) => x.clause === c && x.point === p);
}

/** What changed in a provision (GET …/articles/{article}/changes), both wordings kept. */
export interface ProvisionChange {
  from: string;
  kind: 'AMENDED' | 'INSERTED' | 'REPEALED' | 'PHRASE_REPLACED' | 'DOCUMENT_ENDED';
  byDocument: string | null;
  byProvision: string | null;
  target: string | null;
  before: string | null;
  after: string | null;
}

/** The address of the changes of the provision a citation names. */
export function changesPath(c: { document: string; article: number; clause: number | null; point: string | null }): string {
  const query = new URLSearchParams();
  if (c.clause !== null) query.set('clause', String(c.clause));
  if (c.point) query.set('point', c.point);
  const q = query.toString();
  return `/api/laws/documents/${encodeURIComponent(slugOf(c.document))}/articles/${c.article}/changes${q ? `?${q}` : ''}`;
}

/** Changes that replaced wording (old beside new), newest first: what a reviewer compares. */
export function wordingChanges(changes: readonly ProvisionChange[]): ProvisionChange[] {
  return changes.filter((c) => c.kind !== 'DOCUMENT_ENDED' && (c.before !== null || c.after !== null)).slice().reverse();
}
