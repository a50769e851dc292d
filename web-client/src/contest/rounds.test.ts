import { beforeEach, describe, expect, it } from 'vitest';
import { setLang } from '../i18n';
import { focusRound, openRound, registrationOpen, roundStateLabel, roundStateTone, stateAt } from './rounds';
import type { RoundState } from './types';

const at = (iso: string) => Date.parse(iso);
const round = (number: number, state: RoundState, opensAt: string, closesAt: string) => ({ number, state, opensAt, closesAt });

const R1 = round(1, 'CLOSED', '2026-11-01T01:00:00Z', '2026-11-07T13:00:00Z');
const R2 = round(2, 'OPEN', '2026-11-10T01:00:00Z', '2026-11-17T13:00:00Z');
const R3 = round(3, 'UPCOMING', '2026-11-20T01:00:00Z', '2026-11-27T13:00:00Z');

beforeEach(() => setLang('vi'));

describe('round states', () => {
  it('in words and tones', () => {
    expect(roundStateLabel('UPCOMING')).toBe('Sắp mở');
    expect(roundStateLabel('OPEN')).toBe('Đang mở');
    expect(roundStateLabel('CLOSED')).toBe('Đã kết thúc');
    setLang('en');
    expect(roundStateLabel('UPCOMING')).toBe('Opens soon');
    expect(roundStateTone('OPEN')).toBe('ok');
  });

  it('move on with the server’s clock after the page was loaded', () => {
    expect(stateAt(R3, at('2026-11-19T00:00:00Z'))).toBe('UPCOMING');
    expect(stateAt(R3, at('2026-11-20T01:00:00Z'))).toBe('OPEN');
    expect(stateAt(R2, at('2026-11-17T12:59:59Z'))).toBe('OPEN');
    expect(stateAt(R2, at('2026-11-17T13:00:00Z'))).toBe('CLOSED');
    // Closed by the organiser before its time: closed.
    expect(stateAt({ ...R3, state: 'CLOSED' }, at('2026-11-21T00:00:00Z'))).toBe('CLOSED');
  });

  it('picks the round to show first', () => {
    const now = at('2026-11-12T00:00:00Z');
    expect(openRound([R1, R2, R3], now)?.number).toBe(2);
    expect(focusRound([R1, R2, R3], now)?.number).toBe(2);
    // Between rounds: the last one that has begun.
    expect(focusRound([R1, { ...R2, state: 'UPCOMING' }], at('2026-11-08T00:00:00Z'))?.number).toBe(1);
    // Nothing has begun: the first.
    expect(focusRound([R3], at('2026-11-01T00:00:00Z'))?.number).toBe(3);
    expect(focusRound([], now)).toBeNull();
  });

  it('registration is open while the contest is published and some round is not over', () => {
    expect(registrationOpen('PUBLISHED', [R1, R2], at('2026-11-12T00:00:00Z'))).toBe(true);
    expect(registrationOpen('PUBLISHED', [R1, R2], at('2026-11-18T00:00:00Z'))).toBe(false);
    expect(registrationOpen('DRAFT', [R3], at('2026-11-12T00:00:00Z'))).toBe(false);
  });
});
