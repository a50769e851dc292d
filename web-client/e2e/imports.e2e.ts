import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_EMAIL, ADMIN_PASSWORD, PASSWORD, RUN, call, signInApi } from './api';
import { BASE_URL, BrowserPages, signInAt } from './browser';

const author = { email: `nhap-tep-${RUN}@luatvui.test`, displayName: `Người nhập ${RUN}` };
const pages = new BrowserPages();

beforeAll(async () => {
  const admin = await signInApi(ADMIN_EMAIL, ADMIN_PASSWORD);
  await call(admin, 'POST', '/api/users', { ...author, password: PASSWORD, roles: ['AUTHOR'] });
  await pages.launch();
});
afterAll(() => pages.close());
afterEach(() => pages.closePages());

function signIn(page: Page, path: string): Promise<void> {
  return signInAt(page, path, author.email, PASSWORD);
}

/** A school's own exam sheet: no known template. */
const EXAM = [
  'STT,Nội dung câu hỏi,A,B,C,Đáp án,Căn cứ',
  `1,Trẻ em là người dưới bao nhiêu tuổi? (ghép cột ${RUN}),14 tuổi,16 tuổi,18 tuổi,B,Điều 1 Luật 102/2016/QH13`,
  `2,Câu có đáp án lạ? (ghép cột ${RUN}),Có,Không,,E,Điều 1 Luật 102/2016/QH13`,
].join('\n');

const MOODLE = `<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="truefalse">
    <name><text>Tuổi trẻ em</text></name>
    <questiontext format="html"><text><![CDATA[<p>Trẻ em là người dưới 16 tuổi (Moodle ${RUN}).</p><p><img src="@@PLUGINFILE@@/tre-em.png" alt="Ảnh minh họa trẻ em"></p>]]></text>
      <file name="tre-em.png" path="/" encoding="base64">iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==</file>
    </questiontext>
    <generalfeedback format="html"><text><![CDATA[<p>Căn cứ: Điều 1, 102/2016/QH13</p>]]></text></generalfeedback>
    <answer fraction="100" format="moodle_auto_format"><text>true</text></answer>
    <answer fraction="0" format="moodle_auto_format"><text>false</text></answer>
  </question>
</quiz>
`;

/** A LuậtVui sheet with one bad row: its correct answer names an option that is not there. */
const ONE_BAD_ROW = [
  'Loại,Câu hỏi,Phương án 1,Phương án 2,Phương án 3,Phương án 4,Đáp án đúng,Giải thích,Trích dẫn,Chủ đề,Độ khó',
  `Một đáp án,Người chưa thành niên là người chưa đủ bao nhiêu tuổi? (sửa dòng ${RUN}),16 tuổi,18 tuổi,,,2,Giải thích ngắn. Câu hai.,Điều 1 Luật 102/2016/QH13,sửa dòng,1`,
  `Một đáp án,Trẻ em là người dưới bao nhiêu tuổi? (sửa dòng ${RUN}),14 tuổi,16 tuổi,,,7,Giải thích ngắn. Câu hai.,Điều 1 Luật 102/2016/QH13,sửa dòng,1`,
].join('\n');

/** The server's answers on a busy machine: a check or a commit may take a few seconds. */
const SLOW = { timeout: 15_000 };

describe(`importing files at ${BASE_URL}`, () => {
  it('a bad row is fixed in the preview, checked again by the server, and imported with the rest', async () => {
    const page = await pages.open({ width: 1280, height: 900 });
    await signIn(page, '/bank/import');
    await page.getByRole('radio', { name: /LuậtVui \(CSV\)/ }).check();
    await page.getByLabel('Tệp câu hỏi').setInputFiles({ name: 'mot-dong-loi.csv', mimeType: 'text/csv', buffer: Buffer.from(ONE_BAD_ROW) });
    await page.getByRole('button', { name: 'Kiểm tra tệp' }).click();

    const importAll = page.getByRole('button', { name: /Nhập tất cả/ });
    await expect.poll(() => page.getByRole('heading', { name: 'Sửa các dòng lỗi ngay tại đây' }).isVisible(), SLOW).toBe(true);
    expect(await importAll.isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Sửa dòng 3' }).click();
    const correct = page.getByLabel('Đáp án đúng', { exact: true });
    expect(await correct.inputValue()).toBe('');
    await correct.fill('9');
    await page.getByRole('button', { name: 'Kiểm tra lại dòng này' }).click();
    await expect.poll(() => page.getByText('Dòng 3 vẫn còn lỗi, xem ở từng ô bên dưới.').isVisible(), SLOW).toBe(true);
    expect(await correct.getAttribute('aria-invalid')).toBe('true');

    await correct.fill('1');
    await page.getByRole('button', { name: 'Kiểm tra lại dòng này' }).click();
    await expect.poll(() => page.getByText('Dòng 3 đã hợp lệ và sẽ được nhập.').isVisible(), SLOW).toBe(true);
    await expect.poll(() => importAll.isEnabled(), SLOW).toBe(true);
    expect(await importAll.innerText()).toContain('2 câu hỏi');
    await importAll.click();
    await expect.poll(() => page.getByRole('heading', { name: 'Đã tạo 2 câu hỏi nháp.' }).isVisible(), SLOW).toBe(true);

    const found = await page.evaluate(async (q) => {
      const list = await (await fetch(`/api/questions?q=${encodeURIComponent(q)}&size=1`)).json();
      return (await (await fetch(`/api/questions/${list.items[0].id}`)).json()).content;
    }, `Trẻ em sửa dòng ${RUN}`);
    expect(found.choices[0]).toEqual({ text: '14 tuổi', correct: true });
  });


  it('a sheet of no known template is mapped column by column, and the mapping is remembered for the next file', async () => {
    const page = await pages.open({ width: 360, height: 800 });
    await signIn(page, '/bank/import');
    await page.getByRole('radio', { name: /LuậtVui \(CSV\)/ }).check();
    await page.getByLabel('Tệp câu hỏi').setInputFiles({ name: 'de-thi.csv', mimeType: 'text/csv', buffer: Buffer.from(EXAM) });

    await expect.poll(() => page.getByRole('group', { name: 'Ghép cột của bảng tính' }).isVisible()).toBe(true);
    expect(await page.getByLabel('Cột B: Nội dung câu hỏi').inputValue()).toBe('question');
    expect(await page.getByLabel('Cột F: Đáp án').inputValue()).toBe('correct');
    await expect.poll(() => page.getByText('Ví dụ: B · E').isVisible()).toBe(true);
    await page.getByLabel('Cột G: Căn cứ').selectOption('citation');

    await page.getByRole('button', { name: 'Kiểm tra tệp' }).click();
    const errors = page.getByRole('table', { name: 'Các lỗi, theo dòng và cột' });
    await expect.poll(() => errors.isVisible()).toBe(true);
    expect(await errors.locator('tbody tr').first().innerText()).toContain('F (Đáp án)');
    await page.getByRole('button', { name: /Chỉ nhập 1 câu hỏi hợp lệ/ }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Đã tạo 1 câu hỏi nháp.' }).isVisible()).toBe(true);

    await page.reload();
    await page.getByRole('radio', { name: /LuậtVui \(CSV\)/ }).check();
    await page.getByLabel('Tệp câu hỏi').setInputFiles({ name: 'de-thi-2.csv', mimeType: 'text/csv', buffer: Buffer.from(EXAM) });
    await expect.poll(() => page.getByText('Đã dùng lại cách ghép cột đã lưu cho các tiêu đề này.').isVisible()).toBe(true);
    expect(await page.getByLabel('Cột G: Căn cứ').inputValue()).toBe('citation');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
  });

  it('a Moodle export is imported with its embedded image', async () => {
    const page = await pages.open({ width: 1280, height: 900 });
    await signIn(page, '/bank/import');
    await page.getByRole('radio', { name: /Moodle XML/ }).check();
    await page.getByLabel('Tệp câu hỏi').setInputFiles({ name: 'moodle.xml', mimeType: 'application/xml', buffer: Buffer.from(MOODLE) });
    await page.getByRole('button', { name: 'Kiểm tra tệp' }).click();

    const importAll = page.getByRole('button', { name: /Nhập tất cả \(1 câu hỏi\)/ });
    await expect.poll(() => importAll.isVisible()).toBe(true);
    // The picture came inside the file: nothing to warn about.
    expect(await page.getByRole('table', { name: /Cảnh báo/ }).count()).toBe(0);
    await importAll.click();
    await expect.poll(() => page.getByRole('heading', { name: 'Đã tạo 1 câu hỏi nháp.' }).isVisible()).toBe(true);
    // The question keeps the picture, stored by the server and served from this site.
    const found = await page.evaluate(async (q) => {
      const list = await (await fetch(`/api/questions?q=${encodeURIComponent(q)}&size=1`)).json();
      const id = list.items[0].id;
      return (await (await fetch(`/api/questions/${id}`)).json()).content;
    }, `Moodle ${RUN}`);
    expect(found.imageUrl).toMatch(/^\/media\//);
  });
});
