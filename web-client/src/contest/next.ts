// What a visitor of a contest page does next, shown first on a phone: register, start, continue, wait
// for a round, or read that the round is over.
import { stateAt } from './rounds';
import type { Contest, ContestantMe, Round } from './types';

export type NextStep =
  | { kind: 'draft' }
  | { kind: 'register'; round: Round }
  | { kind: 'continue'; attemptId: number }
  | { kind: 'start'; round: Round; attemptsLeft: number }
  | { kind: 'usedUp'; round: Round }
  | { kind: 'wait'; round: Round }
  | { kind: 'closed'; round: Round | null };

/** The step for this visitor now (`me` null: not registered here). */
export function nextStep(contest: Pick<Contest, 'status' | 'rounds' | 'settings'>, me: ContestantMe | null, now: number): NextStep {
  if (contest.status !== 'PUBLISHED') return { kind: 'draft' };
  const rounds = [...contest.rounds].sort((a, b) => a.number - b.number);
  const open = rounds.find((r) => stateAt(r, now) === 'OPEN');
  const upcoming = rounds.find((r) => stateAt(r, now) === 'UPCOMING');
  const last = [...rounds].reverse().find((r) => stateAt(r, now) === 'CLOSED') ?? null;
  if (me?.attemptInProgress != null) return { kind: 'continue', attemptId: me.attemptInProgress };
  if (!me) {
    const round = open ?? upcoming;
    return round ? { kind: 'register', round } : { kind: 'closed', round: last };
  }
  if (open) {
    const mine = me.rounds.find((r) => r.number === open.number);
    const left = mine ? mine.attemptsLeft : (contest.settings.attemptsPerRound ?? 1);
    return left > 0 ? { kind: 'start', round: open, attemptsLeft: left } : { kind: 'usedUp', round: open };
  }
  return upcoming ? { kind: 'wait', round: upcoming } : { kind: 'closed', round: last };
}
