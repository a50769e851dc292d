// Rankings: of contestants (leaderboards) and of units, in words and numbers; result downloads.
import { queryString } from '../api';
import type { Leaderboard, LeaderboardRow, RankingMetric, UnitStanding } from './types';

/** Numbers in the reader's locale: "1.234" (vi), "1,234" (en). */
export function formatNumber(n: number, locale: string, fractionDigits = 0): string {
  try {
    return new Intl.NumberFormat(locale, { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits }).format(n);
  } catch {
    return n.toFixed(fractionDigits);
  }
}

/** A rate as a percentage; the API gives the participation rate as a share (0.42 = 42 %). */
export function formatRate(rate: number | null | undefined, locale: string): string {
  if (rate === null || rate === undefined || Number.isNaN(rate)) return '–';
  try {
    return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(rate);
  } catch {
    return `${(rate * 100).toFixed(1)} %`;
  }
}

/** The figure a unit is ranked by, as shown. */
export function metricValue(standing: UnitStanding, metric: RankingMetric, locale: string): string {
  switch (metric) {
    case 'RATE':
      return formatRate(standing.participationRate, locale);
    case 'AVERAGE_SCORE':
      return standing.averageScore === null || standing.averageScore === undefined ? '–' : formatNumber(standing.averageScore, locale, 1);
    case 'WINNERS':
      return formatNumber(standing.winners ?? 0, locale);
    default:
      return formatNumber(standing.participants ?? 0, locale);
  }
}

/**
 * Where the signed-in contestant stands: their rank, and the rows around them unless they are in
 * the top already (then null).
 */
export function myPlace(board: Leaderboard, contestantId: number | null): { rank: number; rows: LeaderboardRow[]; inTop: boolean } | null {
  if (!board.me) return null;
  const inTop = contestantId !== null ? board.top.some((r) => r.contestantId === contestantId) : board.me.rank <= board.top.length;
  return { rank: board.me.rank, rows: board.me.neighbours ?? [], inTop };
}

export type ResultsBy = 'contestants' | 'units';
export type ResultsFormat = 'csv' | 'xlsx';

/** GET /contests/{id}/results for a round (or the whole contest), per contestant or per unit, as a file. */
export function resultsUrl(contestId: number | string, options: { round: number | null; by: ResultsBy; format: ResultsFormat }): string {
  return `/api/contests/${encodeURIComponent(String(contestId))}/results${queryString({
    round: options.round ?? undefined,
    by: options.by,
    format: options.format,
  })}`;
}

/** The leaderboard's path: a round's, or the whole contest's. */
export function leaderboardPath(contestId: number | string, round: number | null, top = 10): string {
  return `/api/contests/${encodeURIComponent(String(contestId))}/leaderboard${queryString({ round: round ?? undefined, top })}`;
}

export function unitRankingPath(contestId: number | string, round: number | null, by: RankingMetric, depth: number | null): string {
  return `/api/contests/${encodeURIComponent(String(contestId))}/unit-ranking${queryString({
    round: round ?? undefined,
    by,
    depth: depth ?? undefined,
  })}`;
}
