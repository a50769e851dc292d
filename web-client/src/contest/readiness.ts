// Before publishing: every piece a contest still misses, all at once, each with where to fix it.
import type { Contest, PoolReport } from './types';

export type ReadinessItem = 'details' | 'rounds' | 'units' | 'pool' | 'practice' | 'saved';
export type ReadinessTab = 'setup' | 'rounds' | 'units';

export interface Check {
  item: ReadinessItem;
  ok: boolean;
  /** Where the organiser fixes it. */
  tab: ReadinessTab;
  /** The server's words for a pool that cannot fill an attempt, when there are some. */
  detail?: string | null;
}

/**
 * The checklist of a draft: details, rounds still to come, units, a pool that fills an attempt (and a
 * practice pool that does, when practice has one), and nothing left unsaved. A null report or unit
 * count means "not known yet" and counts as not ready.
 */
export function readiness(contest: Pick<Contest, 'title' | 'organiser' | 'rounds' | 'settings'>, units: number | null, report: PoolReport | null, dirty: boolean, now: number): Check[] {
  const roundsAhead = contest.rounds.some((r) => !r.closedAt && Date.parse(r.closesAt) > now);
  const poolOk = !!report && !report.problem && report.candidates > 0;
  const checks: Check[] = [
    { item: 'details', ok: !!contest.title?.trim() && !!contest.organiser?.trim(), tab: 'setup' },
    { item: 'rounds', ok: roundsAhead, tab: 'rounds' },
    { item: 'units', ok: (units ?? 0) > 0, tab: 'units' },
    { item: 'pool', ok: poolOk, tab: 'setup', detail: report?.problem ?? null },
  ];
  if (contest.settings.practiceEnabled && report?.practiceRule === 'SEPARATE_POOL') {
    checks.push({ item: 'practice', ok: !report.practiceProblem, tab: 'setup', detail: report.practiceProblem ?? null });
  }
  checks.push({ item: 'saved', ok: !dirty, tab: 'setup' });
  return checks;
}

/** Whether every item is ready. */
export function ready(checks: readonly Check[]): boolean {
  return checks.every((c) => c.ok);
}
