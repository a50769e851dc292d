import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_EMAIL, ADMIN_PASSWORD, PASSWORD, RUN, call, signInApi } from './api';
import { BASE_URL, BrowserPages, signInAt } from './browser';

const author = { email: `anh-tac-gia-${RUN}@luatvui.test`, displayName: `Tác giả ảnh ${RUN}` };
const reviewer = { email: `anh-duyet-${RUN}@luatvui.test`, displayName: `Người duyệt ảnh ${RUN}` };
/** A 48 × 32 PNG: a red rectangle on white. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAADAAAAAgCAIAAADbtmxLAAAAQUlEQVR4nO3OMQ0AIBAEQaS8fzU4gp7mKsKTzGYFzFjNGq8BZ0ApoBRQ6ivQrLo3EBAQEBAQEFCTgFJAKaBUO9AGaJ1vVvcMhjsAAAAASUVORK5CYII=', 'base64');

const pages = new BrowserPages();

beforeAll(async () => {
  const admin = await signInApi(ADMIN_EMAIL, ADMIN_PASSWORD);
  await call(admin, 'POST', '/api/users', { ...author, password: PASSWORD, roles: ['AUTHOR'] });
  await call(admin, 'POST', '/api/users', { ...reviewer, password: PASSWORD, roles: ['REVIEWER'] });
  await pages.launch();
});
afterAll(() => pages.close());
afterEach(() => pages.closePages());

function newPage(viewport = { width: 1280, height: 900 }): Promise<Page> {
  return pages.open(viewport);
}

describe(`question images at ${BASE_URL}`, () => {
  it('an author uploads an image in the editor, and the public lookup shows it with its description', async () => {
    const text = `Biển báo trong ảnh có ý nghĩa gì? (đề ảnh ${RUN})`;
    const alt = `Hình chữ nhật màu đỏ trên nền trắng ${RUN}`;
    const page = await newPage();
    await signInAt(page, '/bank/new', author.email, PASSWORD);
    await page.locator('main h1').filter({ hasText: 'Soạn câu hỏi mới' }).waitFor();
    await page.getByLabel('Nội dung câu hỏi').fill(text);
    for (const [i, answer] of ['Cấm đỗ xe', 'Cấm dừng xe', 'Nơi đỗ xe', 'Đường một chiều'].entries()) {
      await page.getByLabel(`Phương án ${i + 1}`, { exact: true }).fill(answer);
    }
    await page.getByRole('radio', { name: 'Đáp án đúng (Phương án 1)' }).check();
    await page.getByLabel('Giải thích').fill('Theo Điều 1 Luật Trẻ em năm 2016, trẻ em là người dưới 16 tuổi.');
    await page.getByRole('button', { name: 'Chọn văn bản' }).click();
    await page.getByLabel('Tìm theo số hiệu hoặc tên văn bản').fill('tre em');
    await page.getByRole('button', { name: /102\/2016\/QH13/ }).click();
    await page.getByLabel('Điều', { exact: true }).fill('1');

    // The image: picked, sent, shrunk and stored by the server, previewed with a required description.
    await page.getByLabel('Tải ảnh lên (chọn hoặc kéo thả tệp)').setInputFiles({ name: 'bien-bao.png', mimeType: 'image/png', buffer: PNG });
    const preview = page.locator('.image-preview img');
    await preview.waitFor();
    const src = await preview.getAttribute('src');
    expect(src).toMatch(/^\/media\/[0-9a-f]{64}\.png$/);
    expect(await page.getByLabel('Mô tả ảnh (bắt buộc)').isVisible()).toBe(true);
    await page.getByLabel('Mô tả ảnh (bắt buộc)').fill(alt);

    await page.getByRole('button', { name: 'Lưu và gửi duyệt' }).click();
    await page.locator('main h1').filter({ hasText: 'Đã gửi duyệt' }).waitFor();
    await page.getByRole('link', { name: 'Xem câu hỏi vừa gửi' }).click();
    await page.waitForURL(/\/bank\/\d+$/);
    const id = Number(new URL(page.url()).pathname.split('/').pop());

    const reviewerApi = await signInApi(reviewer.email, PASSWORD);
    await call(reviewerApi, 'POST', `/api/questions/${id}/actions/approve`, {});

    // Signed out, the lookup shows the question with its image and the image's description as its text alternative.
    const lookup = await newPage({ width: 390, height: 844 });
    await lookup.goto(`${BASE_URL}/lookup`);
    await lookup.getByLabel('Từ khoá').fill(`de anh ${RUN}`);
    const result = lookup.locator('.result', { hasText: text });
    await result.waitFor();
    const image = result.getByRole('img', { name: alt });
    await image.waitFor();
    expect(await image.getAttribute('src')).toBe(src);
    await lookup.waitForFunction((el) => (el as HTMLImageElement).complete && (el as HTMLImageElement).naturalWidth > 0, await image.elementHandle());
    expect(await image.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBe(48);
  });
});
