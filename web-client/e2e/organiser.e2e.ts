import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_EMAIL, ADMIN_PASSWORD, PASSWORD, RUN, call, signInApi } from './api';
import { BASE_URL, BrowserPages } from './browser';

// An organiser alone, from sign-in: a contest from the template, a unit added on screen, the checklist,
// publishing and the share panel; a contestant joins on a phone and takes the attempt; the organiser
// closes the round with the clear dialog and publishes the results, all on a 1366×768 laptop screen.
const organiser = { email: `btc-mot-minh-${RUN}@luatvui.test`, displayName: `Bí thư Đoàn ${RUN}` };
const LAPTOP = { width: 1366, height: 768 };
const PHONE = { width: 390, height: 844 };
const NEW_UNIT = { code: `12A1-${RUN}`, name: 'Chi đoàn 12A1' };

const pages = new BrowserPages();
let contestPath = '';

beforeAll(async () => {
  const admin = await signInApi(ADMIN_EMAIL, ADMIN_PASSWORD);
  await call(admin, 'POST', '/api/users', { ...organiser, password: PASSWORD, roles: ['ORGANISER'] });
  await pages.launch();
});
afterAll(() => pages.close());

/** Whether the element is inside the first screen, without scrolling. */
async function inFirstScreen(page: Page, selector: string, height: number): Promise<boolean> {
  const box = await page.locator(selector).first().boundingBox();
  const scrolled = await page.evaluate(() => window.scrollY);
  return !!box && scrolled === 0 && box.y >= 0 && box.y + box.height <= height;
}

const noOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe(`an organiser alone at ${BASE_URL}`, () => {
  let desk: Page;
  let phone: Page;

  it('signs in, makes a contest from the template, adds a unit on screen and publishes through the checklist', async () => {
    desk = await pages.open(LAPTOP);
    await desk.goto(`${BASE_URL}/login`);
    await desk.getByLabel('Email').fill(organiser.email);
    await desk.getByLabel('Mật khẩu').fill(PASSWORD);
    await desk.getByRole('button', { name: 'Đăng nhập' }).click();
    await desk.waitForURL((url) => url.pathname !== '/login');
    await desk.goto(`${BASE_URL}/contests`);
    await desk.getByRole('link', { name: 'Tạo cuộc thi' }).first().click();
    await desk.waitForURL((url) => url.pathname === '/contests/new');
    await desk.getByRole('button', { name: 'Tạo từ mẫu' }).click();
    await desk.waitForURL(/\/contests\/\d+\/manage/);
    contestPath = new URL(desk.url()).pathname.replace(/\/manage$/, '');

    // The checklist shows every piece; the template's draft has them all.
    const checklist = desk.locator('.publish-checklist');
    await checklist.waitFor();
    await checklist.locator('li.done', { hasText: 'Có danh sách đơn vị dự thi' }).waitFor();
    await checklist.locator('li.done', { hasText: 'Nguồn câu hỏi đủ cho mỗi bài thi' }).waitFor();
    expect(await checklist.locator('li.todo').count()).toBe(0);
    // Time is set in minutes.
    expect(await desk.getByLabel('Thời gian làm bài (phút)').inputValue()).toBe('10');

    // A unit added on screen, under the school's union; the levels have names.
    await desk.getByRole('tab', { name: 'Đơn vị' }).click();
    await desk.getByLabel('Mã đơn vị').fill(NEW_UNIT.code);
    await desk.getByLabel('Tên đơn vị').fill(NEW_UNIT.name);
    await desk.getByLabel('Thuộc đơn vị').selectOption({ label: 'Đoàn trường' });
    expect(await desk.locator('#unit-parent-hint').textContent()).toContain('Chi đoàn');
    await desk.getByRole('button', { name: 'Thêm đơn vị' }).click();
    await desk.getByText(`Đã thêm đơn vị ${NEW_UNIT.name}.`).waitFor();
    expect(await desk.locator('.unit-tree').first().textContent()).toContain(`${NEW_UNIT.code} · Chi đoàn`);
    const template = await desk.getByRole('link', { name: 'Tải tệp mẫu' }).getAttribute('href');
    expect(template).toMatch(/^data:text\/csv;charset=utf-8,%EF%BB%BF/);

    // Back to the first tab: the message of the units tab does not linger.
    await desk.getByRole('tab', { name: 'Thiết lập' }).click();
    expect(await desk.getByText(`Đã thêm đơn vị ${NEW_UNIT.name}.`).count()).toBe(0);

    // Publish: the ready questions are public in the lookup, so the organiser decides to keep them.
    await desk.getByRole('button', { name: 'Công bố cuộc thi' }).click();
    await desk.getByRole('button', { name: 'Vẫn giữ và công bố' }).click();
    const share = desk.locator('.share-panel');
    await share.locator('#share-link').waitFor();
    expect(await share.locator('#share-link').inputValue()).toBe(`${BASE_URL}${contestPath}`);
    expect(await share.locator('.share-body svg.share-qr path').getAttribute('d')).toMatch(/^M/);
    await share.getByRole('button', { name: 'In áp phích' }).waitFor();
  });

  it('a contestant on a phone sees what to do first, registers, keeps the code card and takes the attempt', async () => {
    phone = await pages.open(PHONE);
    await phone.goto(`${BASE_URL}${contestPath}`);
    await phone.locator('.next-step').waitFor();
    expect(await inFirstScreen(phone, '.next-step .button', PHONE.height), 'the next step on the first screen').toBe(true);
    await phone.locator('.next-step').getByRole('link', { name: 'Đăng ký dự thi' }).click();

    await phone.getByLabel('Họ và tên').fill('Phạm Gia Bảo');
    await phone.getByLabel('Ngày sinh').fill('2008-09-02');
    await phone.getByLabel('Tìm đơn vị của bạn').fill('12a1');
    await phone.getByRole('radio', { name: `Đoàn trường › ${NEW_UNIT.name}` }).check();
    await phone.getByLabel('Số điện thoại').fill('0987 654 321');
    await phone.getByLabel('Tôi đã đọc và đồng ý để ban tổ chức xử lý dữ liệu cá nhân của tôi như trên.').check();
    await phone.locator('.register-form').getByRole('button', { name: 'Đăng ký dự thi' }).click();

    const panel = phone.locator('.access-code-panel');
    await panel.waitFor();
    expect(await panel.textContent()).toContain('chưa gửi được mã qua email hay tin nhắn');
    expect(await panel.getByRole('link', { name: 'Tải thẻ mã dự thi (ảnh PNG)' }).getAttribute('href')).toMatch(/^data:image\/png;base64,/);
    await panel.getByRole('button', { name: 'In thẻ mã dự thi' }).waitFor();
    await panel.getByRole('button', { name: 'Tôi đã lưu mã' }).click();

    await phone.locator('.next-step').getByRole('button', { name: 'Làm bài Đợt 1 ngay' }).click();
    await phone.waitForURL(/\/contests\/\d+\/attempts\/\d+$/);
    await phone.locator('#attempt-heading').waitFor();
    const first = phone.locator('.answer-button').first();
    if (await first.count()) {
      await first.click();
      await phone.locator('.save-note', { hasText: 'Đã lưu' }).waitFor();
    }
    expect(await noOverflow(phone), 'attempt').toBeLessThanOrEqual(0);
    await phone.locator('.attempt-submit').getByRole('button', { name: 'Nộp bài' }).click();
    await phone.getByRole('dialog').getByRole('button', { name: 'Nộp bài' }).click();
    await phone.getByRole('heading', { level: 1, name: 'Kết quả bài thi' }).waitFor();
  });

  it('the organiser closes the round with a dialog that cannot be misread and publishes the results in view', async () => {
    await desk.goto(`${BASE_URL}${contestPath}/manage?tab=rounds`);
    const actions = desk.locator('.round-actions');
    await actions.waitFor();
    expect(await actions.textContent()).toContain('1 người đã nộp bài');
    await actions.getByRole('button', { name: 'Đóng đợt thi Đợt 1' }).click();
    const dialog = desk.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.getByRole('button').allTextContents()).toEqual(['Đóng đợt thi ngay', 'Huỷ']);
    expect(await dialog.getByRole('button', { name: 'Đóng đợt thi ngay' }).getAttribute('class')).toContain('danger');
    await dialog.getByRole('button', { name: 'Đóng đợt thi ngay' }).click();
    await desk.getByText('Đã đóng Đợt 1.').waitFor();

    await desk.evaluate(() => window.scrollTo(0, 0));
    await actions.getByRole('button', { name: 'Công bố kết quả Đợt 1' }).waitFor();
    expect(await inFirstScreen(desk, '.round-actions .button.primary', LAPTOP.height), '“Công bố kết quả” without scrolling').toBe(true);
    expect(await actions.textContent()).toContain('1 người dự thi');
    await actions.getByRole('button', { name: 'Công bố kết quả Đợt 1' }).click();
    await desk.getByRole('dialog').getByRole('button', { name: 'Công bố kết quả' }).click();
    await desk.getByText('Đã công bố kết quả Đợt 1.').waitFor();

    // The contestant's page no longer offers an attempt.
    await phone.goto(`${BASE_URL}${contestPath}`);
    await phone.locator('.next-step', { hasText: 'Đợt 1 đã kết thúc' }).waitFor();
    expect(await phone.getByRole('button', { name: /Làm bài|Bắt đầu làm bài/ }).count()).toBe(0);
  });
});
