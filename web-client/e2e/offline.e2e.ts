import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_EMAIL, ADMIN_PASSWORD, PASSWORD, RUN, call, signInApi } from './api';
import { BASE_URL, BrowserPages } from './browser';
import { expectTouchTargets } from './targets';

// A contest attempt on a phone that loses the network: the answers given meanwhile wait on the
// phone (and are counted on screen), the page comes back from the service worker on a reload with
// no network, and once the network is back the answers reach the server in the order given.
const organiser = { email: `offline-${RUN}@luatvui.test`, displayName: `Ban tổ chức ngoại tuyến ${RUN}` };
const CONTEST_TITLE = `Cuộc thi mất mạng ${RUN}`;
const PHONE = { width: 390, height: 844 };
const QUESTIONS = 4;

const pages = new BrowserPages();
let contestId = 0;

beforeAll(async () => {
  const admin = await signInApi(ADMIN_EMAIL, ADMIN_PASSWORD);
  await call(admin, 'POST', '/api/users', { ...organiser, password: PASSWORD, roles: ['ORGANISER'] });
  const session = await signInApi(organiser.email, PASSWORD);
  const found = await call<{ items: { id: number; content: { type: string } }[] }>(session, 'GET', '/api/questions?status=APPROVED&type=SINGLE_CHOICE&size=20');
  const chosen = found.items.filter((q) => q.content.type === 'SINGLE_CHOICE').slice(0, QUESTIONS);
  expect(chosen.length, 'approved single-choice starter-bank questions').toBe(QUESTIONS);
  const set = await call<{ set: { id: number } }>(session, 'POST', '/api/question-sets', {
    title: `Bộ câu hỏi mất mạng ${RUN}`,
    shared: false,
    items: chosen.map((q) => ({ questionId: q.id, timeLimitSeconds: 30, points: 1000 })),
  });
  const now = Date.now();
  const contest = await call<{ id: number }>(session, 'POST', '/api/contests', {
    title: CONTEST_TITLE,
    organiser: 'Xã Đoàn Tân Phú',
    settings: {
      questionsPerAttempt: QUESTIONS,
      timeLimitSeconds: 600,
      attemptsPerRound: 1,
      practiceEnabled: false,
      reveal: 'AFTER_SUBMIT',
      pointsPerQuestion: 10,
      askIdNumber: false,
      winnersPerRound: 3,
      pool: { setIds: [set.set.id] },
    },
    rounds: [{ number: 1, title: 'Đợt 1', opensAt: new Date(now - 60_000).toISOString(), closesAt: new Date(now + 3_600_000).toISOString() }],
  });
  contestId = contest.id;
  await call(session, 'PUT', `/api/contests/${contestId}/units`, { csv: 'ma,ten,ma_cap_tren,so_thanh_vien\nXD,Xã Đoàn Tân Phú,,\nCD1,Chi đoàn Ấp Một,XD,20\n' });
  await call(session, 'POST', `/api/contests/${contestId}/publish`, { publicQuestions: 'KEEP' });
  await pages.launch();
});
afterAll(() => pages.close());

/** Cuts or restores the network of the page (CDP) and of its service worker (the context's offline mode). */
async function network(page: Page, cdp: CDPSession, online: boolean): Promise<void> {
  await cdp.send('Network.emulateNetworkConditions', { offline: !online, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
  await page.context().setOffline(!online);
}

async function goTo(page: Page, n: number): Promise<void> {
  await page.locator('.q-nav').getByRole('button', { name: new RegExp(`^Câu ${n},`) }).click();
  await page.locator('.question-number', { hasText: `Câu ${n}/${QUESTIONS}` }).waitFor();
}

/** Taps the question's first answer and returns its text. */
async function answerFirst(page: Page): Promise<string> {
  const button = page.locator('.answer-button').first();
  const text = (await button.locator('.answer-text').textContent())!.trim();
  await button.click();
  return text;
}

const outboxCount = (page: Page) => page.locator('.outbox-count');

/** Registers `name` on the contest's page and starts the attempt; returns the attempt's address. */
async function startAttempt(page: Page, name: string, birthday: string, phone: string): Promise<string> {
  await page.goto(`${BASE_URL}/contests/${contestId}`);
  await page.getByRole('heading', { level: 1, name: CONTEST_TITLE }).waitFor();
  await page.getByLabel('Họ và tên').fill(name);
  await page.getByLabel('Ngày sinh').fill(birthday);
  await page.getByLabel('Tìm đơn vị của bạn').fill('ap mot');
  await page.getByRole('radio', { name: 'Xã Đoàn Tân Phú › Chi đoàn Ấp Một' }).check();
  await page.getByLabel('Số điện thoại').fill(phone);
  await page.getByLabel('Tôi đã đọc và đồng ý để ban tổ chức xử lý dữ liệu cá nhân của tôi như trên.').check();
  await page.getByRole('button', { name: 'Đăng ký dự thi' }).click();
  await page.getByRole('button', { name: 'Tôi đã lưu mã' }).click();
  await page.getByRole('button', { name: 'Bắt đầu làm bài' }).click();
  await page.waitForURL(/\/contests\/\d+\/attempts\/\d+$/);
  await page.locator('.question-number', { hasText: `Câu 1/${QUESTIONS}` }).waitFor();
  return page.url();
}

/** Waits until the attempt pages' service worker is active (its files kept). */
async function workerReady(page: Page): Promise<void> {
  await page.waitForFunction(async () => (await navigator.serviceWorker.getRegistration('/contests/'))?.active?.state === 'activated');
}

/** Notes the position of every answer the server acknowledged to this page. */
function countSaves(page: Page, saves: number[]): void {
  page.on('response', (response) => {
    const match = /\/api\/attempts\/\d+\/answers\/(\d+)$/.exec(new URL(response.url()).pathname);
    if (match && response.request().method() === 'PUT' && response.ok()) saves.push(Number(match[1]));
  });
}

describe(`an attempt without network at ${BASE_URL}`, () => {
  it('keeps the answers given offline on the phone, survives a reload from the service worker, and sends them in order', async () => {
    const page = await pages.open(PHONE);
    await page.goto(`${BASE_URL}/contests/${contestId}`);
    await page.getByRole('heading', { level: 1, name: CONTEST_TITLE }).waitFor();
    await page.getByLabel('Họ và tên').fill('Lê Văn Bình');
    await page.getByLabel('Ngày sinh').fill('2005-08-20');
    await page.getByLabel('Tìm đơn vị của bạn').fill('ap mot');
    await page.getByRole('radio', { name: 'Xã Đoàn Tân Phú › Chi đoàn Ấp Một' }).check();
    await page.getByLabel('Số điện thoại').fill('0987 654 321');
    await page.getByLabel('Tôi đã đọc và đồng ý để ban tổ chức xử lý dữ liệu cá nhân của tôi như trên.').check();
    await page.getByRole('button', { name: 'Đăng ký dự thi' }).click();
    await page.getByRole('button', { name: 'Tôi đã lưu mã' }).click();
    await page.getByRole('button', { name: 'Bắt đầu làm bài' }).click();
    await page.waitForURL(/\/contests\/\d+\/attempts\/\d+$/);
    const attemptUrl = page.url();
    await page.locator('.question-number', { hasText: `Câu 1/${QUESTIONS}` }).waitFor();

    // Question 1 with the network: saved at once.
    await answerFirst(page);
    await page.locator('.save-note', { hasText: 'Đã lưu' }).waitFor();
    // The attempt page's service worker is installed and active (its files kept) before the network goes.
    const scope = await page.waitForFunction(async () => {
      const registration = await navigator.serviceWorker.getRegistration('/contests/');
      return registration?.active?.state === 'activated' ? registration.scope : null;
    });
    expect(await scope.jsonValue()).toBe(`${BASE_URL}/contests/`);

    // The network goes; question 3, then question 2, are answered.
    const cdp = await page.context().newCDPSession(page);
    await network(page, cdp, false);
    await goTo(page, 3);
    const third = await answerFirst(page);
    await outboxCount(page).filter({ hasText: 'Đang chờ gửi: 1' }).waitFor();
    await goTo(page, 2);
    const second = await answerFirst(page);
    await outboxCount(page).filter({ hasText: 'Đang chờ gửi: 2' }).waitFor();
    expect(await page.locator('.attempt-progress').textContent()).toBe(`Đã trả lời 1/${QUESTIONS}`);

    // A reload without network: the page comes from the service worker, with the answers given.
    const reloaded = await page.reload();
    expect(reloaded?.fromServiceWorker(), 'the page shell is served by the service worker').toBe(true);
    expect(page.url()).toBe(attemptUrl);
    await page.locator('#attempt-heading').waitFor();
    await page.locator('.offline-note').waitFor();
    await outboxCount(page).filter({ hasText: 'Đang chờ gửi: 2' }).waitFor();
    for (const [n, text] of [
      [2, second],
      [3, third],
    ] as const) {
      await goTo(page, n);
      const chosen = page.locator('.answer-button[aria-pressed="true"] .answer-text');
      expect((await chosen.textContent())!.trim(), `question ${n} keeps its answer`).toBe(text);
    }

    // The network is back: the count goes to 0 and the server has both answers, question 3 first.
    await network(page, cdp, true);
    await page.locator('.save-summary', { hasText: 'Mọi câu trả lời đã được lưu' }).waitFor({ timeout: 30_000 });
    expect(await outboxCount(page).count()).toBe(0);
    expect(await page.locator('.attempt-progress').textContent()).toBe(`Đã trả lời 3/${QUESTIONS}`);
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('luatvui.outbox.')))).toEqual([]);

    const data = await page.evaluate(async (id) => (await fetch(`/api/contests/${id}/me/data`)).json(), contestId);
    const answers = (data as { attempts: { answers: { position: number; answeredAt: string }[] }[] }).attempts[0].answers;
    expect(answers.map((a) => a.position)).toEqual([0, 1, 2]);
    const at = new Map(answers.map((a) => [a.position, Date.parse(a.answeredAt)]));
    expect(at.get(2)!, 'question 3, answered first offline, reached the server first').toBeLessThan(at.get(1)!);
    expect(at.get(0)!).toBeLessThan(at.get(2)!);

    // The worker keeps nothing from the API.
    const kept = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
      return urls;
    });
    expect(kept).toContain('/index.html');
    expect(kept.filter((u) => u.startsWith('/api/'))).toEqual([]);
  });

  it('opens the attempt in a second tab without network, with the answers waiting, and sends each answer once', async () => {
    const page = await pages.open(PHONE);
    const saves: number[] = [];
    countSaves(page, saves);
    const attemptUrl = await startAttempt(page, 'Phạm Thị Hoa', '2004-02-11', '0987 654 322');
    await answerFirst(page);
    await page.locator('.save-note', { hasText: 'Đã lưu' }).waitFor();
    await workerReady(page);

    // Offline, questions 3 and 2 are answered in the first tab.
    const cdp = await page.context().newCDPSession(page);
    await network(page, cdp, false);
    await goTo(page, 3);
    const third = await answerFirst(page);
    await goTo(page, 2);
    const second = await answerFirst(page);
    await outboxCount(page).filter({ hasText: 'Đang chờ gửi: 2' }).waitFor();

    // A new tab of the same attempt, still without network: the page and the attempt come from the
    // phone, with the two answers waiting.
    const other = await page.context().newPage();
    countSaves(other, saves);
    const otherCdp = await other.context().newCDPSession(other);
    await network(other, otherCdp, false);
    const opened = await other.goto(attemptUrl);
    expect(opened?.fromServiceWorker(), 'the new tab is served by the service worker').toBe(true);
    await other.locator('.offline-note').waitFor();
    await outboxCount(other).filter({ hasText: 'Đang chờ gửi: 2' }).waitFor();
    expect(await other.locator('.attempt-progress').textContent()).toBe(`Đã trả lời 1/${QUESTIONS}`);
    await expectTouchTargets(other, 'the attempt without network');
    for (const [n, text] of [
      [2, second],
      [3, third],
    ] as const) {
      await goTo(other, n);
      const chosen = other.locator('.answer-button[aria-pressed="true"] .answer-text');
      expect((await chosen.textContent())!.trim(), `question ${n} keeps its answer in the new tab`).toBe(text);
    }

    // The network is back for both tabs, and "Thử lại ngay" is tapped in both at once: each waiting
    // answer reaches the server once, in the order given.
    await network(page, cdp, true);
    await network(other, otherCdp, true);
    const retry = () => document.querySelector<HTMLButtonElement>('.save-summary .link-button')?.click();
    await Promise.all([page.evaluate(retry), other.evaluate(retry)]);
    for (const tab of [page, other]) {
      await expect.poll(() => tab.locator('.attempt-progress').textContent(), { timeout: 30_000 }).toBe(`Đã trả lời 3/${QUESTIONS}`);
      await expect.poll(() => outboxCount(tab).count()).toBe(0);
    }
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('luatvui.outbox.')))).toEqual([]);
    // Give a second send, if there were one, the time to arrive.
    await page.waitForTimeout(1500);
    expect(saves, 'question 1 online, then 3 and 2, each acknowledged once').toEqual([0, 2, 1]);
  });

  it('leaves /play outside the service worker', async () => {
    const page = await pages.open(PHONE);
    await page.goto(`${BASE_URL}/contests`);
    await page.evaluate(() => navigator.serviceWorker.register('/sw.js', { scope: '/contests/' }).then(() => undefined));
    await page.waitForFunction(async () => (await navigator.serviceWorker.getRegistration('/contests/'))?.active?.state === 'activated');
    await page.goto(`${BASE_URL}/play`);
    await page.locator('#play-pin').waitFor();
    expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(false);
    const wider = await page.evaluate(() =>
      navigator.serviceWorker.register('/sw.js', { scope: '/' }).then(
        () => 'registered',
        (e: Error) => e.name,
      ),
    );
    expect(wider, 'the server allows the worker no wider scope than /contests/').toBe('SecurityError');
  });
});
