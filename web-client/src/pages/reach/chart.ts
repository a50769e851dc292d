// The dashboard's arithmetic for display: shares as percentages, the trend as SVG points.

/** One month of the trend (GET /api/reach/orgs/{id}). */
export interface TrendPoint {
  month: string;
  reachedUrban: number | null;
  reachedRural: number | null;
  urbanShare: number | null;
  ruralShare: number | null;
  active: number;
}

/** "12,5 %" in Vietnamese, "12.5%" in English; a dash when there is no population to measure against. */
export function percent(share: number | null | undefined, lang: 'vi' | 'en' = 'vi'): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return '—';
  const value = Math.round(share * 1000) / 10;
  return lang === 'vi' ? `${value.toLocaleString('vi-VN')} %` : `${value}%`;
}

/** Where a share sits on a bar of 0–100 % (capped: more reached than counted residents still fills the bar). */
export function barWidth(share: number | null | undefined): number {
  if (share === null || share === undefined || !Number.isFinite(share)) return 0;
  return Math.max(0, Math.min(100, share * 100));
}

/**
 * The SVG polyline points of one series over a chart `width` × `height` whose y axis runs from 0 to 100 %:
 * months spread evenly, a month without a share left out.
 */
export function linePoints(values: readonly (number | null)[], width: number, height: number): string {
  const n = values.length;
  const step = n > 1 ? width / (n - 1) : 0;
  return values
    .map((v, i) => (v === null ? null : `${round(i * step + (n > 1 ? 0 : width / 2))},${round(height - Math.min(1, v) * height)}`))
    .filter((p): p is string => p !== null)
    .join(' ');
}

/** The y of a target line on the same chart. */
export function targetY(target: number, height: number): number {
  return round(height - target * height);
}

function round(x: number): number {
  return Math.round(x * 10) / 10;
}
