import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, launchBrowser, openPage } from './browser';

let browser: Browser;
let context: BrowserContext | undefined;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  await context?.close();
  context = undefined;
});

async function open(path: string, viewport?: { width: number; height: number }): Promise<Page> {
  const opened = await openPage(browser, path, viewport);
  context = opened.context;
  return opened.page;
}

const heading = (page: Page) => page.locator('main h1').textContent();
const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);

describe(`LuậtVui web shell at ${BASE_URL}`, () => {
  it('opens in Vietnamese', async () => {
    const page = await open('/');
    expect(await htmlLang(page)).toBe('vi');
    expect(await heading(page)).toBe('Học pháp luật mà vui');
    expect(await page.title()).toBe('Trang chủ · LuậtVui');
    const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
    expect(await nav.getByRole('link').allTextContents()).toEqual([
      'Trang chủ',
      'Tham gia',
      'Tổ chức trò chơi',
      'Cuộc thi',
      'Tra cứu',
      'Văn bản',
      'Ngân hàng câu hỏi',
      'Đăng nhập',
    ]);
    expect(await page.getByRole('heading', { name: 'Tham gia trò chơi' }).count()).toBe(1);
    expect(await page.getByRole('heading', { name: 'Tra cứu câu hỏi pháp luật' }).count()).toBe(1);
  });

  it('switches to English and remembers it', async () => {
    const page = await open('/');
    await page.getByRole('button', { name: 'English' }).click();
    await page.locator('html[lang="en"]').waitFor({ state: 'attached' });
    expect(await heading(page)).toBe('Learning the law can be fun');
    expect(await page.title()).toBe('Home · LuậtVui');
    await page.reload();
    await page.locator('main h1').waitFor();
    expect(await htmlLang(page)).toBe('en');
    expect(await page.getByRole('navigation', { name: 'Main navigation' }).isVisible()).toBe(true);
  });

  it('shows the not-found page for an unknown path', async () => {
    const page = await open('/khong-co');
    expect(await heading(page)).toBe('Không tìm thấy trang');
    expect(await page.title()).toBe('Không tìm thấy trang · LuậtVui');
  });

  it('navigates with links, back and forward without reloading', async () => {
    const page = await open('/');
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
    await page.getByRole('link', { name: 'Xem các cuộc thi' }).click();
    await page.waitForURL(`${BASE_URL}/contests`);
    expect(await heading(page)).toBe('Cuộc thi tìm hiểu pháp luật');
    expect(await page.getByText('Cuộc thi trực tuyến tìm hiểu pháp luật theo từng đợt').isVisible()).toBe(true);
    await page.goBack();
    await page.waitForURL(`${BASE_URL}/`);
    expect(await heading(page)).toBe('Học pháp luật mà vui');
    await page.goForward();
    await page.waitForURL(`${BASE_URL}/contests`);
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
  });

  it('has no horizontal overflow at 360 px wide', async () => {
    // /play is the player's own page, without the site menu (see reach.e2e.ts).
    for (const path of ['/', '/bank', '/khong-co']) {
      const page = await open(path, { width: 360, height: 740 });
      await page.getByRole('button', { name: 'Danh mục' }).click();
      await page.getByRole('navigation').getByRole('link', { name: 'Trang chủ' }).waitFor();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
      await context?.close();
      context = undefined;
    }
    const page = await open('/', { width: 360, height: 740 });
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Menu' }).click();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, 'English').toBeLessThanOrEqual(0);
  });

  it('rejects an invalid PIN with an accessible error and joins with a valid one', async () => {
    const page = await open('/');
    const pin = page.getByRole('textbox', { name: 'Mã PIN trò chơi' });
    await pin.fill('12ab');
    await page.getByRole('button', { name: 'Vào chơi' }).click();
    const error = page.getByRole('alert').filter({ hasText: 'Mã PIN phải gồm 6 hoặc 7 chữ số.' });
    await error.waitFor();
    expect(await pin.getAttribute('aria-invalid')).toBe('true');
    expect(await pin.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(page.url()).toBe(`${BASE_URL}/`);

    await pin.fill('123 456');
    await pin.press('Enter');
    await page.waitForURL(`${BASE_URL}/play?pin=123456`);
    // No game has this PIN: the player's screen says so before asking for a nickname.
    expect(await page.getByRole('textbox', { name: 'Mã PIN trò chơi' }).inputValue()).toBe('123 456');
    await page.locator('#play-pin-error').filter({ hasText: 'Không có trò chơi nào với mã PIN này.' }).waitFor();
  });

  it('is usable from the keyboard: the skip link comes first', async () => {
    const page = await open('/');
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    expect(await focused.textContent()).toBe('Bỏ qua, đến nội dung chính');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });
});
