// How a citation reads: "điểm a khoản 2 Điều 9 — Luật … (36/2024/QH15)", smallest unit first.
import { t } from '../i18n';

export interface Reference {
  article: number;
  clause?: number | null;
  point?: string | null;
}

/** "Điều 9", "khoản 2 Điều 9", "điểm a khoản 2 Điều 9" (in English "Article 9, clause 2, point a"). */
export function formatReference({ article, clause, point }: Reference): string {
  if (point && clause) return t('cite.point', { point, clause, article });
  if (point) return t('cite.pointOnly', { point, article });
  if (clause) return t('cite.clause', { clause, article });
  return t('cite.article', { article });
}

/** The reference with the document: its name and number when the registry knows it, else the number. */
export function formatCitation(citation: Reference & { document: string }, documentName?: string | null): string {
  const ref = formatReference(citation);
  return documentName
    ? t('cite.full', { ref, name: documentName, number: citation.document })
    : t('cite.numberOnly', { ref, number: citation.document });
}
