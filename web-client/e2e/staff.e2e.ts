import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_EMAIL, ADMIN_PASSWORD, PASSWORD, RUN, call, signInApi, type Session } from './api';
import { axeViolations } from './axe';
import { usable, type BankQuestion } from './bankQuestions';
import { BASE_URL, BrowserPages } from './browser';
import { createGame, fourChoiceSet } from './reach';

// Every staff screen passes axe (WCAG 2.2 AA) with real data in it, and each role's home and the busiest
// screens are photographed at three screen sizes into target/screenshots (a test artefact, not kept).
const SIZES = [
  { name: '1366x768', width: 1366, height: 768 },
  { name: '1920x1080', width: 1920, height: 1080 },
  { name: '390x844', width: 390, height: 844 },
] as const;
const DESK = SIZES[0];
const SHOTS = resolve(process.cwd(), 'target/screenshots');
const people = {
  author: { email: `tac-gia-a11y-${RUN}@luatvui.test`, displayName: `Tác giả ${RUN}`, roles: ['AUTHOR'] },
  reviewer: { email: `duyet-a11y-${RUN}@luatvui.test`, displayName: `Người duyệt ${RUN}`, roles: ['REVIEWER'] },
  teacher: { email: `giao-vien-a11y-${RUN}@luatvui.test`, displayName: `Giáo viên ${RUN}`, roles: ['HOST'] },
  organiser: { email: `to-chuc-a11y-${RUN}@luatvui.test`, displayName: `Ban tổ chức ${RUN}`, roles: ['ORGANISER'] },
};
type Who = keyof typeof people | 'admin';

const pages = new BrowserPages();
const sessions = {} as Record<Who, Session>;
let setId = 0;
let questionId = 0;
let contestId = 0;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  sessions.admin = await signInApi(ADMIN_EMAIL, ADMIN_PASSWORD);
  for (const [key, person] of Object.entries(people)) {
    await call(sessions.admin, 'POST', '/api/users', { ...person, password: PASSWORD });
    sessions[key as Who] = await signInApi(person.email, PASSWORD);
  }
  setId = await fourChoiceSet(sessions.teacher, `Bộ câu hỏi kiểm tra tiếp cận ${RUN}`, 2);
  const found = await call<{ items: BankQuestion[] }>(sessions.organiser, 'GET', '/api/questions?status=APPROVED&type=SINGLE_CHOICE&size=20');
  const chosen = found.items.filter(usable).slice(0, 5);
  questionId = chosen[0].id;
  const set = await call<{ set: { id: number } }>(sessions.organiser, 'POST', '/api/question-sets', {
    title: `Bộ câu hỏi cuộc thi ${RUN}`,
    items: chosen.map((q) => ({ questionId: q.id, timeLimitSeconds: 30, points: 1000 })),
  });
  const now = Date.now();
  const contest = await call<{ id: number }>(sessions.organiser, 'POST', '/api/contests', {
    title: `Cuộc thi kiểm tra tiếp cận ${RUN}`,
    organiser: 'Huyện Đoàn Bình Minh',
    description: 'Cuộc thi tìm hiểu pháp luật.',
    rules: 'Mỗi câu đúng được 10 điểm.',
    settings: {
      questionsPerAttempt: 5,
      timeLimitSeconds: 600,
      attemptsPerRound: 1,
      practiceEnabled: false,
      reveal: 'AFTER_SUBMIT',
      pointsPerQuestion: 10,
      predictionQuestion: 'Có bao nhiêu bài thi đạt điểm tối đa trong đợt này?',
      predictionTarget: 'PERFECT_SCORES',
      askIdNumber: false,
      winnersPerRound: 3,
      pool: { setIds: [set.set.id] },
    },
    rounds: [{ number: 1, title: 'Đợt 1', opensAt: new Date(now - 60_000).toISOString(), closesAt: new Date(now + 3_600_000).toISOString() }],
  });
  contestId = contest.id;
  await call(sessions.organiser, 'PUT', `/api/contests/${contestId}/units`, {
    csv: 'ma,ten,ma_cap_tren,so_thanh_vien\nHD,Huyện Đoàn Bình Minh,,\nCD1,Chi đoàn Thôn Đông,HD,30\n',
  });
  await call(sessions.organiser, 'POST', `/api/contests/${contestId}/publish`, { publicQuestions: 'KEEP' });
  await pages.launch();
}, 120_000);
afterAll(() => pages.close());

/** Waits for the screen to settle: its heading, no request in flight, no "loading" line. */
async function settle(page: Page): Promise<void> {
  await page.locator('main h1').first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => !document.querySelector('main .loading'));
}

async function shoot(page: Page, name: string, size: string): Promise<void> {
  await page.screenshot({ path: resolve(SHOTS, `${name}-${size}.png`), fullPage: false });
}

/** The screen at each of the three sizes, photographed. */
async function photograph(who: Who | null, path: string, name: string): Promise<void> {
  for (const size of SIZES) {
    const page = await pages.open(size, who ? sessions[who] : undefined);
    await page.goto(BASE_URL + path);
    await settle(page);
    await shoot(page, name, size.name);
    await page.context().close();
  }
}

describe(`staff screens at ${BASE_URL}`, () => {
  it('every staff screen passes axe, and the homes and busy screens are photographed at three sizes', async () => {
    const screens: [string, Who | null, string, boolean][] = [
      ['home-admin', 'admin', '/quan-tri', true],
      ['admin-documents', 'admin', '/quan-tri/van-ban', false],
      ['home-author', 'author', '/tac-gia', true],
      ['home-reviewer', 'reviewer', '/bank/review', true],
      ['home-teacher', 'teacher', '/giao-vien', true],
      ['home-organiser', 'organiser', '/cuoc-thi-cua-toi', true],
      ['home-citizen-lookup', null, '/lookup?q=xe+%C4%91%E1%BA%A1p+%C4%91i%E1%BB%87n+bao+nhi%C3%AAu+tu%E1%BB%95i+%C4%91%C6%B0%E1%BB%A3c+%C4%91i', true],
      ['bank-list', 'reviewer', '/bank', false],
      ['question-editor-new', 'author', '/bank/new', false],
      ['question-editor-edit', 'admin', `/bank/${questionId}/edit`, false],
      ['question-detail', 'reviewer', `/bank/${questionId}`, false],
      ['import-wizard', 'author', '/bank/import', true],
      ['review-queue', 'reviewer', '/bank/review', false],
      ['citations', 'reviewer', '/bank/citations', false],
      ['registry', 'reviewer', '/bank/registry', false],
      ['set-list', 'teacher', '/bank/sets', false],
      ['set-editor', 'teacher', `/bank/sets/${setId}`, true],
      ['host-setup', 'teacher', '/host', false],
      ['contest-new', 'organiser', '/contests/new', false],
      ['contest-setup', 'organiser', `/contests/${contestId}/manage?tab=setup`, false],
      ['contest-rounds', 'organiser', `/contests/${contestId}/manage?tab=rounds`, false],
      ['contest-units', 'organiser', `/contests/${contestId}/manage?tab=units`, false],
      ['contest-monitor', 'organiser', `/contests/${contestId}/manage?tab=monitor`, false],
      ['contest-results', 'organiser', `/contests/${contestId}/manage?tab=results`, false],
      ['org-tree', 'admin', '/to-chuc', false],
      ['account', 'teacher', '/account', false],
    ];
    const found: Record<string, string[]> = {};
    for (const [name, who, path, photo] of screens) {
      const page = await pages.open(DESK, who ? sessions[who] : undefined);
      await page.goto(BASE_URL + path);
      await settle(page);
      const violations = await axeViolations(page);
      if (violations.length > 0) found[`${name} ${path}`] = violations;
      await page.context().close();
      if (photo) await photograph(who, path, name);
    }
    expect(found).toEqual({});
  }, 900_000);

  it('the host screens of a live game pass axe from lobby to podium; the reveal is photographed', async () => {
    const found: Record<string, string[]> = {};
    const check = async (page: Page, name: string) => {
      const violations = await axeViolations(page);
      if (violations.length > 0) found[name] = violations;
    };
    const revealShots: Page[] = [];
    for (const size of SIZES) {
      const game = await createGame(sessions.teacher, setId);
      const host = await pages.open(size, sessions.teacher);
      await host.goto(`${BASE_URL}/host/${game.gameId}`);
      await host.getByRole('button', { name: 'Bắt đầu' }).waitFor();
      const phone = await pages.open({ width: 390, height: 844 });
      await phone.goto(`${BASE_URL}/play?pin=${game.pin}`);
      await phone.getByLabel('Biệt danh').fill('Lan Anh');
      await phone.getByRole('button', { name: 'Vào phòng' }).click();
      await host.locator('.player-chip .chip-name', { hasText: 'Lan Anh' }).waitFor();
      if (size === DESK) await check(host, 'host lobby');
      await host.getByRole('button', { name: 'Bắt đầu' }).click();
      await host.locator('.host-tiles .tile').nth(3).waitFor();
      if (size === DESK) await check(host, 'host question');
      await phone.locator('.answer-button').first().click();
      await host.locator('.reveal-body').waitFor();
      await host.waitForTimeout(500);
      await shoot(host, 'host-reveal', size.name);
      revealShots.push(host);
      if (size === DESK) {
        await check(host, 'host reveal');
        await host.getByRole('button', { name: 'Xem bảng xếp hạng' }).click();
        await host.getByRole('heading', { name: 'Bảng xếp hạng' }).waitFor();
        await check(host, 'host scoreboard');
        await host.getByRole('button', { name: 'Câu tiếp theo' }).click();
        await host.locator('.host-tiles .tile').nth(3).waitFor();
        await phone.locator('.answer-button').first().click();
        await host.locator('.reveal-body').waitFor();
        await host.getByRole('button', { name: 'Xem bảng xếp hạng' }).click();
        await host.getByRole('button', { name: 'Bục vinh quang' }).click();
        await host.getByRole('heading', { name: 'Bục vinh quang' }).waitFor();
        // The places rise into view one after another: checked once they have arrived.
        await host.waitForFunction(() => document.getAnimations().every((a) => a.playState === 'finished'));
        await check(host, 'host podium');
      }
    }
    expect(revealShots).toHaveLength(3);
    expect(found).toEqual({});
  }, 180_000);

  it('a contestant registers and takes the attempt: axe passes and the attempt is photographed', async () => {
    const found: Record<string, string[]> = {};
    const names = ['Trần Văn An', 'Lê Thị Bình', 'Phạm Minh Châu'];
    for (const [n, size] of SIZES.entries()) {
      const page = await pages.open(size);
      await page.goto(`${BASE_URL}/contests/${contestId}`);
      await page.getByLabel('Họ và tên').waitFor();
      if (size === DESK) {
        const v = await axeViolations(page);
        if (v.length > 0) found['contest landing'] = v;
      }
      await page.getByLabel('Họ và tên').fill(names[n]);
      await page.getByLabel('Ngày sinh').fill('2006-03-15');
      await page.getByLabel('Tìm đơn vị của bạn').fill('thon dong');
      await page.getByRole('radio', { name: 'Huyện Đoàn Bình Minh › Chi đoàn Thôn Đông' }).check();
      await page.getByLabel('Số điện thoại').fill(`0912 ${String(RUN).slice(-3)} ${size.width}`.slice(0, 14));
      await page.getByLabel('Tôi đã đọc và đồng ý để ban tổ chức xử lý dữ liệu cá nhân của tôi như trên.').check();
      await page.getByRole('button', { name: 'Đăng ký dự thi' }).click();
      await page.getByRole('button', { name: 'Tôi đã lưu mã' }).click();
      await page.getByRole('button', { name: 'Bắt đầu làm bài' }).click();
      await page.waitForURL(/\/contests\/\d+\/attempts\/\d+$/);
      await page.locator('.question-number', { hasText: 'Câu 1/5' }).waitFor();
      await page.waitForLoadState('networkidle');
      await shoot(page, 'contest-attempt', size.name);
      if (size === DESK) {
        const v = await axeViolations(page);
        if (v.length > 0) found['contest attempt'] = v;
      }
    }
    expect(found).toEqual({});
  }, 180_000);
});
