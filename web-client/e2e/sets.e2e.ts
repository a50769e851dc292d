import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_EMAIL, ADMIN_PASSWORD, PASSWORD, RUN, call, signInApi, type Session } from './api';
import { axeViolations } from './axe';
import { BASE_URL, BrowserPages } from './browser';

// A teacher builds a question set: filters the bank by law, Điều and type, sees each answer and its
// citation before adding, adds several at once, leaves without saving, comes back (on another
// device) to a draft, restores it and saves.
const teacher = { email: `bo-cau-hoi-${RUN}@luatvui.test`, displayName: `Cô Hạnh ${RUN}` };
const TRAFFIC_LAW = '36/2024/QH15';
const WIDE = { width: 1366, height: 900 };

const pages = new BrowserPages();
let teacherApi: Session;
let setId = 0;

beforeAll(async () => {
  const admin = await signInApi(ADMIN_EMAIL, ADMIN_PASSWORD);
  await call(admin, 'POST', '/api/users', { ...teacher, password: PASSWORD, roles: ['HOST'] });
  teacherApi = await signInApi(teacher.email, PASSWORD);
  const created = await call<{ set: { id: number } }>(teacherApi, 'POST', '/api/question-sets', { title: `Ôn tập giao thông ${RUN}`, items: [] });
  setId = created.set.id;
  await pages.launch();
});
afterAll(() => pages.close());

const results = (page: Page) => page.locator('.set-find-row');

describe(`building a question set at ${BASE_URL}`, () => {
  it('filters by law, Điều and type, shows answers and citations, adds many at once, and keeps a draft until saved', async () => {
    const page = await pages.open(WIDE, teacherApi);
    await page.goto(`${BASE_URL}/bank/sets/${setId}`);
    await page.getByRole('heading', { name: 'Thêm câu hỏi vào bộ' }).waitFor();

    // Filter: the traffic law, Điều 59 (age of drivers), single choice.
    await page.locator('#set-find-document').selectOption(TRAFFIC_LAW);
    await page.locator('#set-find-article').fill('59');
    await page.locator('#set-find-article').press('Tab');
    await page.locator('#set-find-type').selectOption('SINGLE_CHOICE');
    await page.waitForFunction(() => {
      const rows = [...document.querySelectorAll('.set-find-row')];
      return rows.length > 0 && rows.every((r) => r.textContent!.includes('Điều 59'));
    });
    const rows = results(page);
    const count = await rows.count();
    expect(count).toBeGreaterThanOrEqual(2);
    // Every result: the answer and where the law says it, before anything is added.
    for (let i = 0; i < count; i++) {
      const row = rows.nth(i);
      expect(await row.locator('.set-find-answer').textContent()).toMatch(/^Đáp án:\s*\S/);
      expect(await row.locator('.citation').first().textContent()).toContain(TRAFFIC_LAW);
      expect(await row.locator('.meta').textContent()).toContain('Một đáp án');
    }
    const firstTwo = [(await rows.nth(0).locator('.set-find-tick span').textContent())!, (await rows.nth(1).locator('.set-find-tick span').textContent())!];
    expect(await axeViolations(page), 'set editor with results').toEqual([]);

    // Tick two, add both at once.
    await rows.nth(0).getByRole('checkbox').check();
    await rows.nth(1).getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Thêm 2 câu đã chọn' }).click();
    await page.locator('#set-add-note', { hasText: 'Đã thêm 2 câu vào bộ.' }).waitFor();
    await page.getByRole('heading', { name: 'Các câu hỏi trong bộ (2)' }).waitFor();
    expect(await page.locator('.set-item-text a').allTextContents()).toEqual(firstTwo);
    expect(await rows.nth(0).getByRole('button', { name: /Đã có trong bộ/ }).isDisabled()).toBe(true);

    // A topic filter too: the tag narrows the same search.
    await page.locator('#set-find-tag').fill('độ tuổi lái xe');
    await page.locator('#set-find-tag').press('Tab');
    await page.waitForFunction(() => [...document.querySelectorAll('.set-find-row .meta')].every((m) => m.textContent!.includes('độ tuổi lái xe')));

    // Leave without "Lưu": the draft reaches the server shortly after the change.
    await page.locator('.sticky-actions .hint', { hasText: 'bản nháp' }).waitFor();
    await page.waitForTimeout(1500);
    await page.goto(`${BASE_URL}/giao-vien`);
    await page.locator('main h1').waitFor();

    // Back on another device: the saved set is still empty, the draft is offered.
    const other = await pages.open({ width: 1920, height: 1080 }, teacherApi);
    await other.goto(`${BASE_URL}/bank/sets/${setId}`);
    const banner = other.getByRole('region', { name: 'Bản nháp chưa lưu' });
    await banner.waitFor();
    expect(await banner.textContent()).toContain('2 câu hỏi');
    await other.getByRole('heading', { name: 'Các câu hỏi trong bộ (0)' }).waitFor();
    expect(await axeViolations(other), 'set editor with the draft banner').toEqual([]);
    await banner.getByRole('button', { name: 'Khôi phục bản nháp' }).click();
    await other.getByRole('heading', { name: 'Các câu hỏi trong bộ (2)' }).waitFor();
    expect(await other.locator('.set-item-text a').allTextContents()).toEqual(firstTwo);
    await other.getByRole('button', { name: 'Lưu', exact: true }).click();
    await other.locator('.sticky-actions .hint', { hasText: 'Đã lưu' }).waitFor();

    // Saved: the set holds both, and no draft is offered any more.
    const saved = await call<{ items: { questionId: number }[] }>(teacherApi, 'GET', `/api/question-sets/${setId}`);
    expect(saved.items).toHaveLength(2);
    await other.reload();
    await other.getByRole('heading', { name: 'Các câu hỏi trong bộ (2)' }).waitFor();
    await other.waitForLoadState('networkidle');
    expect(await other.getByRole('region', { name: 'Bản nháp chưa lưu' }).count()).toBe(0);
  });
});
