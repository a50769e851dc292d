import { describe, expect, it } from 'vitest';
import { readiness, ready } from './readiness';
import type { PoolReport, Round } from './types';

const NOW = Date.parse('2026-12-01T00:00:00Z');
const ROUND: Round = { number: 1, title: 'Đợt 1', opensAt: '2026-12-01T00:00:00Z', closesAt: '2026-12-14T00:00:00Z', state: 'OPEN' } as Round;
const REPORT: PoolReport = { candidates: 40, excludePublic: false, publicQuestions: 0, withoutPublic: 40, practiceRule: 'REVEAL_AFTER_LAST_ROUND' };
const CONTEST = { title: 'Cuộc thi', organiser: 'Huyện Đoàn', rounds: [ROUND], settings: { practiceEnabled: false } };

describe('readiness to publish', () => {
  it('lists every missing piece at once', () => {
    const checks = readiness({ ...CONTEST, rounds: [] }, 0, { ...REPORT, candidates: 3, problem: 'Chỉ có 3 câu.' }, true, NOW);
    expect(checks.filter((c) => !c.ok).map((c) => [c.item, c.tab])).toEqual([
      ['rounds', 'rounds'],
      ['units', 'units'],
      ['pool', 'setup'],
      ['saved', 'setup'],
    ]);
    expect(checks.find((c) => c.item === 'pool')?.detail).toBe('Chỉ có 3 câu.');
    expect(ready(checks)).toBe(false);
  });

  it('is ready with a round to come, units, a pool that fills an attempt and nothing unsaved', () => {
    expect(ready(readiness(CONTEST, 4, REPORT, false, NOW))).toBe(true);
  });

  it('does not count a round already over, nor an unknown unit count or report', () => {
    const over = { ...ROUND, closesAt: '2026-11-30T00:00:00Z' };
    expect(readiness({ ...CONTEST, rounds: [over] }, 4, REPORT, false, NOW).find((c) => c.item === 'rounds')?.ok).toBe(false);
    expect(ready(readiness(CONTEST, null, REPORT, false, NOW))).toBe(false);
    expect(ready(readiness(CONTEST, 4, null, false, NOW))).toBe(false);
  });

  it('checks the practice pool when practice has its own', () => {
    const checks = readiness({ ...CONTEST, settings: { practiceEnabled: true } }, 4, { ...REPORT, practiceRule: 'SEPARATE_POOL', practiceProblem: 'Thiếu câu.' }, false, NOW);
    expect(checks.find((c) => c.item === 'practice')).toMatchObject({ ok: false, detail: 'Thiếu câu.' });
  });
});
