import { describe, expect, it } from 'vitest';
import { formatRate, leaderboardPath, metricValue, myPlace, resultsUrl, unitRankingPath } from './standings';
import type { Leaderboard, UnitStanding } from './types';

const row = (rank: number, contestantId: number) => ({ rank, contestantId, fullName: `T${rank}`, unit: 'U', score: 100 - rank, durationMs: 1000, prediction: null, distance: null });

describe('leaderboards', () => {
  const board: Leaderboard = { round: 1, final: false, actualFigure: null, total: 40, top: [row(1, 11), row(2, 12)], me: { rank: 17, neighbours: [row(16, 26), row(17, 27), row(18, 28)] } };

  it('show where I stand, with neighbours unless I am in the top', () => {
    expect(myPlace(board, 27)).toEqual({ rank: 17, rows: board.me!.neighbours, inTop: false });
    expect(myPlace({ ...board, me: { rank: 2, neighbours: [] } }, 12)?.inTop).toBe(true);
    expect(myPlace({ ...board, me: null }, 27)).toBeNull();
  });

  it('have their paths', () => {
    expect(leaderboardPath(5, 2)).toBe('/api/contests/5/leaderboard?round=2&top=10');
    expect(leaderboardPath(5, null)).toBe('/api/contests/5/leaderboard?top=10');
    expect(unitRankingPath(5, null, 'RATE', 0)).toBe('/api/contests/5/unit-ranking?by=RATE&depth=0');
    expect(unitRankingPath(5, 1, 'WINNERS', null)).toBe('/api/contests/5/unit-ranking?round=1&by=WINNERS');
  });
});

describe('unit figures', () => {
  const unit: UnitStanding = { unitId: 1, code: 'A', name: 'A', parentId: null, depth: 0, registered: 40, participants: 1234, participationRate: 0.425, averageScore: 78.25, winners: 3 };

  it('by metric, in the reader’s locale', () => {
    expect(metricValue(unit, 'PARTICIPANTS', 'vi-VN')).toBe('1.234');
    expect(metricValue(unit, 'RATE', 'en-GB')).toBe('42.5%');
    expect(metricValue(unit, 'AVERAGE_SCORE', 'vi-VN')).toBe('78,3');
    expect(metricValue(unit, 'WINNERS', 'vi-VN')).toBe('3');
    expect(metricValue({ ...unit, averageScore: null }, 'AVERAGE_SCORE', 'vi-VN')).toBe('–');
    expect(formatRate(null, 'vi-VN')).toBe('–');
  });
});

describe('result files', () => {
  it('per round or for the whole contest', () => {
    expect(resultsUrl(5, { round: 1, by: 'contestants', format: 'xlsx' })).toBe('/api/contests/5/results?round=1&by=contestants&format=xlsx');
    expect(resultsUrl(5, { round: null, by: 'units', format: 'csv' })).toBe('/api/contests/5/results?by=units&format=csv');
  });
});
