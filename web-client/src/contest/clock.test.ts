import { beforeEach, describe, expect, it } from 'vitest';
import { remainingAt } from '../game/timer';
import { setLang } from '../i18n';
import { attemptTimer, formatClock, formatElapsed, isTimeUp, resync, serverOffset, spokenDuration, warningCrossed } from './clock';

beforeEach(() => setLang('vi'));

describe('attempt clock', () => {
  it('counts down from the server’s remaining time on the monotonic clock', () => {
    const timer = attemptTimer(300_000, 1000);
    expect(remainingAt(timer, 1000)).toBe(300_000);
    expect(remainingAt(timer, 61_000)).toBe(240_000);
    expect(isTimeUp(timer, 300_999)).toBe(false);
    expect(isTimeUp(timer, 301_000)).toBe(true);
    expect(remainingAt(timer, 400_000)).toBe(0);
  });

  it('re-syncs to the server on every save, ignoring jitter below half a second', () => {
    const timer = attemptTimer(300_000, 0);
    // 10 s later the device shows 290 s; the server says 289.8 s: not worth a jump.
    expect(resync(timer, 289_800, 10_000)).toBe(timer);
    // The server says 280 s (the phone slept): the server wins.
    const synced = resync(timer, 280_000, 10_000);
    expect(synced).not.toBe(timer);
    expect(remainingAt(synced, 10_000)).toBe(280_000);
    // A device clock that runs slow is pulled back too.
    expect(remainingAt(resync(timer, 295_000, 10_000), 11_000)).toBe(294_000);
    // Never below zero.
    expect(remainingAt(resync(timer, -50, 10_000), 10_000)).toBe(0);
  });

  it('says when the 5-minute and 1-minute warnings pass', () => {
    expect(warningCrossed(300_100, 299_900)).toBe(300_000);
    expect(warningCrossed(60_200, 59_950)).toBe(60_000);
    expect(warningCrossed(59_000, 58_000)).toBeNull();
    expect(warningCrossed(400_000, 350_000)).toBeNull();
    expect(warningCrossed(60_100, 0)).toBeNull();
  });
});

describe('showing time', () => {
  it('as a clock, rounding up', () => {
    expect(formatClock(300_000)).toBe('05:00');
    expect(formatClock(299_001)).toBe('05:00');
    expect(formatClock(6_100)).toBe('00:07');
    expect(formatClock(0)).toBe('00:00');
    expect(formatClock(-5)).toBe('00:00');
    expect(formatClock(3_723_000)).toBe('1:02:03');
  });

  it('in words, in both languages', () => {
    expect(spokenDuration(723_400)).toBe('12 phút 3 giây');
    expect(spokenDuration(722_100, 'ceil')).toBe('12 phút 3 giây');
    expect(spokenDuration(3_900_000)).toBe('1 giờ 5 phút');
    expect(spokenDuration(400)).toBe('0 giây');
    setLang('en');
    expect(spokenDuration(723_400)).toBe('12 min 3 s');
  });

  it('time taken, to a tenth of a second in the reader’s locale', () => {
    expect(formatElapsed(492_400, 'vi-VN')).toBe('8:12,4');
    expect(formatElapsed(492_400, 'en-GB')).toBe('8:12.4');
    expect(formatElapsed(5_050, 'en-GB')).toBe('0:05.0');
  });

  it('measures how far the server’s clock is ahead', () => {
    expect(serverOffset('2026-12-01T08:00:05Z', Date.parse('2026-12-01T08:00:00Z'))).toBe(5000);
    expect(serverOffset(null, 123)).toBe(0);
    expect(serverOffset('not a date', 123)).toBe(0);
  });
});
