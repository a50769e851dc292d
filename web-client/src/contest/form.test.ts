import { beforeEach, describe, expect, it } from 'vitest';
import { setLang } from '../i18n';
import {
  contestBody,
  emptyForm,
  fieldDomId,
  formFromContest,
  fromLocalInput,
  newRound,
  normaliseField,
  poolIsEmpty,
  problemsByField,
  splitTags,
  tabOfField,
  toLocalInput,
} from './form';
import type { Contest } from './types';

beforeEach(() => setLang('vi'));

const CONTEST: Contest = {
  id: 9,
  title: 'Tìm hiểu Luật Trật tự, an toàn giao thông đường bộ',
  description: 'Cuộc thi dành cho đoàn viên, thanh niên.',
  rules: 'Điều 1. Đối tượng dự thi\n  – Đoàn viên từ 16 tuổi.',
  organiser: 'Huyện Đoàn Bình Minh',
  status: 'DRAFT',
  settings: {
    questionsPerAttempt: 5,
    timeLimitSeconds: 300,
    attemptsPerRound: 1,
    practiceEnabled: true,
    reveal: 'AFTER_SUBMIT',
    pointsPerQuestion: 2,
    predictionQuestion: 'Bao nhiêu bài đạt điểm tối đa?',
    predictionTarget: 'PERFECT_SCORES',
    askIdNumber: false,
    winnersPerRound: 10,
    retentionDays: 180,
    pool: { setIds: [4], tags: ['giao thông'], quotas: [{ tag: 'giao thông', difficulty: 2, count: 3 }], excludePublic: true },
    practicePool: { setIds: [6] },
  },
  rounds: [
    { number: 2, title: 'Đợt 2', opensAt: '2026-12-10T01:00:00Z', closesAt: '2026-12-17T13:00:00Z', state: 'UPCOMING', closedAt: null, actualFigure: null, resultsPublished: false, participants: 0 },
    { number: 1, title: 'Đợt 1', opensAt: '2026-12-01T01:00:00Z', closesAt: '2026-12-07T13:00:00Z', state: 'OPEN', closedAt: null, actualFigure: null, resultsPublished: false, participants: 7 },
  ],
  contestants: 12,
  canManage: true,
  serverTime: '2026-12-02T00:00:00Z',
};

describe('local date-times', () => {
  it('round-trip an instant through a datetime-local value in this time zone', () => {
    const local = toLocalInput('2026-12-01T01:00:00Z');
    expect(local).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
    expect(fromLocalInput(local)).toBe('2026-12-01T01:00:00.000Z');
  });

  it('read local wall-clock values as local time', () => {
    expect(fromLocalInput('2026-12-01T08:30')).toBe(new Date(2026, 11, 1, 8, 30).toISOString());
    expect(fromLocalInput('2026-02-30T08:00')).toBeNull();
    expect(fromLocalInput('')).toBeNull();
    expect(toLocalInput('nonsense')).toBe('');
    expect(toLocalInput(null)).toBe('');
  });
});

describe('contest ⇄ form', () => {
  it('a contest gives back the same body (rounds in number order)', () => {
    const form = formFromContest(CONTEST);
    expect(form.timeLimitMinutes).toBe('5');
    expect(form.tags).toBe('giao thông');
    expect(form.rounds.map((r) => r.number)).toEqual([1, 2]);
    expect(form.rounds[0].state).toBe('OPEN');
    const { body, problems } = contestBody(form);
    expect(problems).toEqual([]);
    expect(body).toEqual({
      title: CONTEST.title,
      organiser: CONTEST.organiser,
      description: CONTEST.description,
      rules: CONTEST.rules,
      settings: CONTEST.settings,
      rounds: [
        { number: 1, title: 'Đợt 1', opensAt: '2026-12-01T01:00:00.000Z', closesAt: '2026-12-07T13:00:00.000Z' },
        { number: 2, title: 'Đợt 2', opensAt: '2026-12-10T01:00:00.000Z', closesAt: '2026-12-17T13:00:00.000Z' },
      ],
    });
  });

  it('an empty form has sensible defaults and needs only a title and an organiser', () => {
    const form = emptyForm();
    expect(contestBody(form).problems.map((p) => p.field)).toEqual(['title', 'organiser']);
    const { body } = contestBody({ ...form, title: ' Cuộc thi ', organiser: 'Thành Đoàn', setIds: [3] });
    expect(body?.title).toBe('Cuộc thi');
    expect(body?.description).toBeNull();
    expect(body?.settings).toMatchObject({ questionsPerAttempt: 20, timeLimitSeconds: 1200, reveal: 'AFTER_ROUND_CLOSE', predictionQuestion: null, predictionTarget: null });
    expect(body?.settings.pool).toEqual({ setIds: [3], tags: [], quotas: [], excludePublic: false });
    expect(body?.settings.practicePool).toEqual({ setIds: [] });
    expect(body?.settings.retentionDays).toBe(365);
    expect(poolIsEmpty(form)).toBe(true);
  });

  it('checks ranges, the prediction pair, quotas and round windows by API path', () => {
    const form = {
      ...formFromContest(CONTEST),
      timeLimitMinutes: '0,5',
      attemptsPerRound: '1.5',
      predictionTarget: '' as const,
      quotas: [{ key: 'a', tag: 'x', difficulty: '' as const, count: '0' }],
    };
    form.rounds = [{ ...form.rounds[0], closesAt: form.rounds[0].opensAt }, { ...form.rounds[1], title: '  ' }];
    const { body, problems } = contestBody(form);
    expect(body).toBeNull();
    const byField = problemsByField(problems);
    expect(Object.keys(byField)).toEqual([
      'settings.timeLimitSeconds',
      'settings.attemptsPerRound',
      'settings.predictionTarget',
      'settings.pool.quotas[0].count',
      'rounds[0].closesAt',
      'rounds[1].title',
    ]);
    expect(byField['settings.timeLimitSeconds']).toEqual(['Hãy nhập số phút từ 1 đến 120 (tối đa một chữ số thập phân).']);
    expect(byField['rounds[0].closesAt']).toEqual(['Giờ đóng phải sau giờ mở.']);
  });

  it('checks the title’s length and the quotas as the server does', () => {
    const form = { ...formFromContest(CONTEST), title: 'AB', quotas: [
      { key: 'a', tag: '', difficulty: '' as const, count: '2' },
      { key: 'b', tag: 'giao thông', difficulty: '' as const, count: '4' },
    ] };
    const byField = problemsByField(contestBody(form).problems);
    expect(byField.title).toEqual(['Cần ít nhất 3 ký tự.']);
    expect(byField['settings.pool.quotas[0].tag']).toEqual(['Mỗi dòng tỉ lệ cần chủ đề hoặc độ khó.']);
    expect(byField['settings.pool.quotas']).toEqual(['Tổng số câu của các dòng tỉ lệ (6) vượt quá số câu hỏi mỗi bài (5).']);
  });

  it('drops the target when there is no prediction question', () => {
    const form = { ...formFromContest(CONTEST), predictionQuestion: '', predictionTarget: 'PARTICIPANTS' as const };
    expect(contestBody(form).problems.map((p) => p.field)).toEqual(['settings.predictionQuestion']);
  });
});

describe('rounds and tags', () => {
  it('a new round follows the last one, for a week', () => {
    const rows = formFromContest(CONTEST).rounds;
    const next = newRound(rows);
    expect(next.number).toBe(3);
    expect(next.title).toBe('Đợt 3');
    expect(next.state).toBeNull();
    expect(fromLocalInput(next.opensAt)).toBe('2026-12-17T13:00:00.000Z');
    const days = (Date.parse(fromLocalInput(next.closesAt)!) - Date.parse(fromLocalInput(next.opensAt)!)) / 86_400_000;
    expect(Math.round(days)).toBe(7);
    const first = newRound([], new Date(2026, 10, 28, 15, 0));
    expect(first.number).toBe(1);
    expect(first.opensAt).toBe('2026-11-29T08:00');
  });

  it('tags: trimmed, NFC, without blanks or repeats', () => {
    expect(splitTags(' giao thông, , Giao thông,trẻ em ,' + 'hôn nhân'.normalize('NFD'))).toEqual(['giao thông', 'trẻ em', 'hôn nhân']);
  });
});

describe('problems on the page', () => {
  it('server paths in the form’s spelling, their control ids and tabs', () => {
    expect(normaliseField('rounds.0.title')).toBe('rounds[0].title');
    // The server names rounds by number: round 2 is the form's second row, round 5 its first.
    expect(normaliseField('rounds[2].opensAt', [1, 2])).toBe('rounds[1].opensAt');
    expect(normaliseField('rounds[5].title', [5, 6])).toBe('rounds[0].title');
    expect(normaliseField('rounds[9].title', [5, 6])).toBe('rounds[9].title');
    expect(normaliseField('pool.quotas.1.count')).toBe('settings.pool.quotas[1].count');
    expect(normaliseField('timeLimitSeconds')).toBe('settings.timeLimitSeconds');
    expect(normaliseField('settings.reveal')).toBe('settings.reveal');
    expect(normaliseField('title')).toBe('title');
    expect(fieldDomId('settings.pool.quotas[1].count')).toBe('cf-settings-pool-quotas-1-count');
    expect(tabOfField('rounds[2].opensAt')).toBe('rounds');
    expect(tabOfField('settings.pool')).toBe('setup');
  });
});

describe('minutes and articles on the set-up screen', () => {
  it('reads the time limit in minutes and sends seconds', async () => {
    const { minutesFromSeconds, secondsFromMinutes } = await import('./form');
    expect(secondsFromMinutes('15')).toBe(900);
    expect(secondsFromMinutes('7,5')).toBe(450);
    expect(secondsFromMinutes('7.5')).toBe(450);
    expect(secondsFromMinutes('abc')).toBeNull();
    expect(minutesFromSeconds(900)).toBe('15');
    expect(minutesFromSeconds(90)).toBe('1,5');
  });

  it('reads cited articles one a line and names the lines it cannot read', async () => {
    const { parseArticles } = await import('./form');
    expect(parseArticles('36/2024/QH15 Điều 9\n36/2024/QH15, điều 10\n\n102/2016/QH13 4\nLuật giao thông')).toEqual({
      articles: [
        { document: '36/2024/QH15', article: 9 },
        { document: '36/2024/QH15', article: 10 },
        { document: '102/2016/QH13', article: 4 },
      ],
      unread: ['Luật giao thông'],
    });
  });
});
