import { describe, expect, it } from 'vitest';
import { nextStep } from './next';
import type { Contest, ContestantMe, Round } from './types';

const NOW = Date.parse('2026-12-05T00:00:00Z');
const open: Round = { number: 1, title: 'Đợt 1', opensAt: '2026-12-01T00:00:00Z', closesAt: '2026-12-14T00:00:00Z', state: 'OPEN' } as Round;
const contest = (rounds: Round[]) => ({ status: 'PUBLISHED', rounds, settings: { attemptsPerRound: 2 } }) as Pick<Contest, 'status' | 'rounds' | 'settings'>;
const me = (patch: Partial<ContestantMe> = {}) => ({ contestant: {}, rounds: [], attempts: [], ...patch }) as unknown as ContestantMe;

describe('the next step on a contest page', () => {
  it('asks a visitor to register while a round is open or to come', () => {
    expect(nextStep(contest([open]), null, NOW)).toMatchObject({ kind: 'register', round: { number: 1 } });
  });

  it('offers a registered contestant their attempts, or to continue the one in progress', () => {
    expect(nextStep(contest([open]), me(), NOW)).toMatchObject({ kind: 'start', attemptsLeft: 2 });
    expect(nextStep(contest([open]), me({ rounds: [{ number: 1, attemptsUsed: 2, attemptsLeft: 0 }] as ContestantMe['rounds'] }), NOW).kind).toBe('usedUp');
    expect(nextStep(contest([open]), me({ attemptInProgress: 7 }), NOW)).toEqual({ kind: 'continue', attemptId: 7 });
  });

  it('stops offering attempts once the organiser closes the round, before its closing time', () => {
    const closedEarly = { ...open, state: 'CLOSED' as const, closedAt: '2026-12-04T00:00:00Z' };
    expect(nextStep(contest([closedEarly]), me(), NOW)).toMatchObject({ kind: 'closed', round: { number: 1 } });
    expect(nextStep(contest([{ ...open, closedAt: '2026-12-04T00:00:00Z' } as Round]), me(), NOW).kind).toBe('closed');
    expect(nextStep(contest([closedEarly]), null, NOW).kind).toBe('closed');
  });

  it('says when the next round opens', () => {
    const later = { ...open, number: 2, title: 'Đợt 2', opensAt: '2026-12-20T00:00:00Z', closesAt: '2026-12-27T00:00:00Z', state: 'UPCOMING' as const };
    expect(nextStep(contest([{ ...open, state: 'CLOSED' } as Round, later]), me(), NOW)).toMatchObject({ kind: 'wait', round: { number: 2 } });
  });
});
