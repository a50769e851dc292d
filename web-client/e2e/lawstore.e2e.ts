import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_EMAIL, ADMIN_PASSWORD, PASSWORD, RUN, call, signInApi } from './api';
import { BASE_URL, BrowserPages, signInAt } from './browser';

const reviewer = { email: `kho-van-ban-${RUN}@luatvui.test`, displayName: `Người duyệt kho ${RUN}` };
const pages = new BrowserPages();

beforeAll(async () => {
  const admin = await signInApi(ADMIN_EMAIL, ADMIN_PASSWORD);
  await call(admin, 'POST', '/api/users', { ...reviewer, password: PASSWORD, roles: ['REVIEWER'] });
  await pages.launch();
});
afterAll(() => pages.close());
afterEach(() => pages.closePages());

function signIn(page: Page, path: string): Promise<void> {
  return signInAt(page, path, reviewer.email, PASSWORD);
}

describe(`the legal store in the bank at ${BASE_URL}`, () => {
  it('the citation picker browses a document on a phone and fills the Điều and the quote from its text', async () => {
    const page = await pages.open({ width: 360, height: 780 });
    await signIn(page, '/bank/new');
    await page.getByRole('button', { name: 'Chọn văn bản' }).click();
    await page.getByLabel('Tìm theo số hiệu hoặc tên văn bản').fill('tre em');
    await page.getByRole('button', { name: /102\/2016\/QH13/ }).click();

    await page.getByRole('button', { name: 'Tìm điều khoản trong văn bản' }).click();
    await page.getByLabel('Điều trong văn bản').selectOption('1');
    await page.getByText('Trẻ em là người dưới 16 tuổi.').first().waitFor();
    await page.getByRole('button', { name: 'Điền trích dẫn: Cả Điều 1' }).click();

    expect(await page.getByLabel('Điều', { exact: true }).inputValue()).toBe('1');
    expect(await page.getByLabel('Trích nguyên văn (không bắt buộc)').inputValue()).toBe('Trẻ em là người dưới 16 tuổi.');
    // By hand still: the fields stay editable.
    await page.getByLabel('Khoản').fill('');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });

  it('a reviewer checks every citation again from the unresolved citations screen', async () => {
    const page = await pages.open({ width: 1280, height: 900 });
    await signIn(page, '/bank/citations');
    await page.getByRole('heading', { name: 'Trích dẫn chưa khớp với kho văn bản' }).waitFor();
    await page.getByRole('button', { name: 'Kiểm tra lại' }).click();
    const status = page.getByRole('status').filter({ hasText: 'Đã kiểm tra xong' });
    await status.waitFor();
    expect(await status.textContent()).toMatch(/^Đã kiểm tra xong: \d+ trích dẫn chưa khớp; \d+ câu hỏi mới bị gắn cờ/);
  });
});
