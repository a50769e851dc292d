import { afterEach, describe, expect, it } from 'vitest';
import { forgetAttempt, keepAttempt, keepSaved, keptAttempt } from './offlineAttempt';
import type { Attempt } from './types';

function attempt(patch: Partial<Attempt> = {}): Attempt {
  return {
    id: 51,
    contestId: 3,
    round: 1,
    practice: false,
    status: 'IN_PROGRESS',
    startedAt: '2026-11-28T01:00:00Z',
    deadline: '2026-11-28T01:10:00Z',
    remainingMs: 600_000,
    serverTime: '2026-11-28T01:00:00Z',
    questions: [
      { position: 0, type: 'SINGLE_CHOICE', text: 'Người đi xe máy phải đội gì?', choices: ['Mũ bảo hiểm', 'Khăn'], imageUrl: null, answer: null },
      { position: 1, type: 'TRUE_FALSE', text: 'Trẻ em dưới 6 tuổi được ngồi ghế trước.', choices: ['Đúng', 'Sai'], imageUrl: null, answer: null },
    ],
    prediction: null,
    result: null,
    revealAt: null,
    review: null,
    ...patch,
  };
}

const T0 = Date.now();

afterEach(() => {
  forgetAttempt(51);
  forgetAttempt(52);
});

describe('the copy of an attempt kept on the device', () => {
  it('is kept for every tab of the device (a reload or a new tab opens without network), with the answers acknowledged', () => {
    keepAttempt(attempt(), T0);
    keepSaved(51, 1, { choice: 1 });
    expect(Object.keys(localStorage)).toContain('luatvui.attempt.51');
    const kept = keptAttempt(51, T0 + 60_000)!;
    expect(kept.questions.map((q) => q.answer)).toEqual([null, { choice: 1 }]);
    expect(kept.remainingMs, 'counted down by the device clock').toBe(540_000);
  });

  it('is forgotten once the attempt is seen finished, and keeps no result or review', () => {
    keepAttempt(attempt(), T0);
    keepAttempt(attempt({ status: 'SUBMITTED', remainingMs: 0 }), T0 + 1000);
    expect(keptAttempt(51, T0 + 2000)).toBeNull();
    expect(localStorage.getItem('luatvui.attempt.51')).toBeNull();
  });

  it('goes an hour after the attempt\'s time ran out, its own or another attempt\'s kept on the same phone', () => {
    keepAttempt(attempt(), T0);
    expect(keptAttempt(51, T0 + 600_000 + 3_500_000)?.remainingMs).toBe(0);
    // Another contestant's attempt on the same phone, much later: the old copy is swept away.
    keepAttempt(attempt({ id: 52 }), T0 + 600_000 + 3_700_000);
    expect(localStorage.getItem('luatvui.attempt.51')).toBeNull();
    expect(keptAttempt(52, T0 + 600_000 + 3_700_000)).not.toBeNull();
  });
});
