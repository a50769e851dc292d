import { createHmac } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_EMAIL, ADMIN_PASSWORD, PASSWORD, RUN, call, signInApi } from './api';
import { BASE_URL, BrowserPages } from './browser';

const teacher = { email: `quen-mat-khau-${RUN}@luatvui.test`, displayName: `Cô Quên ${RUN}` };
const reviewer = { email: `hai-buoc-${RUN}@luatvui.test`, displayName: `Thầy Hai Bước ${RUN}` };
const NEW_PASSWORD = `cau-moi-cua-co-giao-${RUN}`;

const pages = new BrowserPages();

beforeAll(async () => {
  const admin = await signInApi(ADMIN_EMAIL, ADMIN_PASSWORD);
  await call(admin, 'POST', '/api/users', { ...teacher, password: PASSWORD, roles: ['AUTHOR'] });
  await call(admin, 'POST', '/api/users', { ...reviewer, password: PASSWORD, roles: ['REVIEWER'] });
  await pages.launch();
});
afterAll(() => pages.close());
afterEach(() => pages.closePages());

async function signIn(page: Page, path: string, email: string, password: string): Promise<void> {
  await page.goto(`${BASE_URL}/login?next=${encodeURIComponent(path)}`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

/** An authenticator app's code (RFC 6238: HMAC-SHA1, 30 s, 6 digits) for a base32 key, `ahead` steps from now. */
function totp(base32: string, ahead = 0): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const c of base32.replace(/\s+/g, '')) bits += alphabet.indexOf(c).toString(2).padStart(5, '0');
  const key = Buffer.from((bits.match(/.{8}/g) ?? []).map((b) => parseInt(b, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(Date.now() / 30_000) + ahead));
  const mac = createHmac('sha1', key).update(counter).digest();
  const offset = mac[mac.length - 1] & 0x0f;
  return String((mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}

const heading = (page: Page) => page.locator('main h1');

describe(`accounts at ${BASE_URL}`, () => {
  it('an admin resets a forgotten password and the teacher must choose a new one before anything else', async () => {
    const admin = await pages.open({ width: 1280, height: 900 });
    await signIn(admin, '/quan-tri', ADMIN_EMAIL, ADMIN_PASSWORD);
    await heading(admin).filter({ hasText: 'Tài khoản' }).waitFor();
    await admin.getByRole('button', { name: `Đặt lại mật khẩu ${teacher.displayName}` }).click();
    await admin.getByRole('button', { name: 'Đặt lại', exact: true }).click();
    const shown = admin.locator('code.temporary-password');
    await shown.waitFor();
    const temporary = ((await shown.textContent()) ?? '').trim();
    expect(temporary.length).toBeGreaterThanOrEqual(10);

    const page = await pages.open({ width: 390, height: 844 });
    await signIn(page, '/bank', teacher.email, temporary);
    await heading(page).filter({ hasText: 'Hãy đặt mật khẩu mới' }).waitFor();
    await page.getByLabel('Mật khẩu tạm thời').fill(temporary);
    await page.getByLabel('Mật khẩu mới', { exact: true }).fill('matkhau123456');
    await page.getByLabel('Nhập lại mật khẩu mới').fill('matkhau123456');
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await page.getByRole('alert').filter({ hasText: 'danh sách mật khẩu phổ biến' }).waitFor();

    await page.getByLabel('Mật khẩu mới', { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel('Nhập lại mật khẩu mới').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await heading(page).filter({ hasText: 'Ngân hàng câu hỏi' }).waitFor();
  });

  it('a reviewer sets up two-step verification and then signs in with a code', async () => {
    const page = await pages.open({ width: 1280, height: 900 });
    await signIn(page, '/account', reviewer.email, PASSWORD);
    await heading(page).filter({ hasText: 'Tài khoản của tôi' }).waitFor();
    await page.getByRole('button', { name: 'Bật xác thực hai bước' }).click();
    await page.getByRole('img', { name: 'Mã QR để thêm tài khoản vào ứng dụng xác thực' }).waitFor();
    const key = (await page.locator('code.totp-key').textContent()) ?? '';
    await page.getByLabel('Mã 6 chữ số').fill(totp(key));
    await page.getByRole('button', { name: 'Xác nhận' }).click();
    await page.getByText('Mã khôi phục').waitFor();
    expect(await page.locator('.recovery-codes li').count()).toBe(10);
    await page.getByRole('button', { name: 'Tôi đã lưu các mã' }).click();
    await page.getByText('Đang bật').waitFor();

    const again = await pages.open({ width: 390, height: 844 });
    await signIn(again, '/bank', reviewer.email, PASSWORD);
    await heading(again).filter({ hasText: 'Nhập mã xác thực' }).waitFor();
    await again.getByLabel('Mã xác thực hoặc mã khôi phục').fill(totp(key, 1));
    await again.getByRole('button', { name: 'Xác nhận' }).click();
    await again.waitForURL((url) => url.pathname === '/bank');
  });
});
