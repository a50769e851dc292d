import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_EMAIL, ADMIN_PASSWORD, PASSWORD, RUN, call, signInApi } from './api';
import { BASE_URL, BrowserPages, signInAt } from './browser';

const author = { email: `tac-gia-${RUN}@luatvui.test`, displayName: `Tác giả ${RUN}` };
const reviewer = { email: `nguoi-duyet-${RUN}@luatvui.test`, displayName: `Người duyệt ${RUN}` };
const manager = { email: `quan-tri-${RUN}@luatvui.test`, displayName: `Quản trị ${RUN}` };

const pages = new BrowserPages();

beforeAll(async () => {
  const admin = await signInApi(ADMIN_EMAIL, ADMIN_PASSWORD);
  await call(admin, 'POST', '/api/users', { ...author, password: PASSWORD, roles: ['AUTHOR'] });
  await call(admin, 'POST', '/api/users', { ...reviewer, password: PASSWORD, roles: ['REVIEWER'] });
  await call(admin, 'POST', '/api/users', { ...manager, password: PASSWORD, roles: ['ADMIN'] });
  await pages.launch();
});
afterAll(() => pages.close());
afterEach(() => pages.closePages());

function newPage(viewport = { width: 1280, height: 900 }): Promise<Page> {
  return pages.open(viewport);
}

/** Signs in through the form of a page that needs it, and lands where it was going. */
function signIn(page: Page, path: string, email: string): Promise<void> {
  return signInAt(page, path, email, PASSWORD);
}

const heading = (page: Page) => page.locator('main h1');

describe(`question bank at ${BASE_URL}`, () => {
  it('an author writes and submits a question, a reviewer approves it, and anyone finds it in the lookup', async () => {
    const text = `Theo Luật Trẻ em, người dưới bao nhiêu tuổi là trẻ em? (đề thử ${RUN})`;

    // The author writes a single-choice question citing a document picked from the registry.
    const page = await newPage();
    await signIn(page, '/bank', author.email);
    expect(await page.getByRole('navigation', { name: 'Điều hướng chính' }).textContent()).toContain(author.displayName);
    await page.getByRole('link', { name: 'Soạn câu hỏi mới' }).click();
    await heading(page).filter({ hasText: 'Soạn câu hỏi mới' }).waitFor();
    await page.getByLabel('Nội dung câu hỏi').fill(text);
    const answers = ['Dưới 16 tuổi', 'Dưới 18 tuổi', 'Dưới 14 tuổi', 'Dưới 15 tuổi'];
    for (const [i, answer] of answers.entries()) {
      await page.getByLabel(`Phương án ${i + 1}`, { exact: true }).fill(answer);
    }
    await page.getByRole('radio', { name: 'Đáp án đúng (Phương án 1)' }).check();
    await page.getByLabel('Giải thích').fill('Theo Điều 1 Luật Trẻ em năm 2016, trẻ em là người dưới 16 tuổi.');
    await page.getByRole('button', { name: 'Chọn văn bản' }).click();
    await page.getByLabel('Tìm theo số hiệu hoặc tên văn bản').fill('tre em');
    await page.getByRole('button', { name: /102\/2016\/QH13/ }).click();
    expect(await page.locator('.picker-value').first().textContent()).toContain('102/2016/QH13 — Luật Trẻ em');
    await page.getByLabel('Điều', { exact: true }).fill('1');
    await page.getByLabel('Trích nguyên văn (không bắt buộc)').fill('Trẻ em là người dưới 16 tuổi.');

    // The preview shows the question as a player sees it, then the reveal.
    const preview = page.getByRole('region', { name: 'Xem trước' });
    expect(await preview.locator('.player-question').textContent()).toBe(text);
    expect(await preview.locator('.tile').count()).toBe(4);
    expect(await preview.locator('.tile svg.shape').count()).toBe(4);
    await preview.getByRole('button', { name: 'Hiện đáp án' }).click();
    expect(await preview.locator('.tile.correct').textContent()).toContain('Dưới 16 tuổi');
    expect(await preview.locator('.reveal .citation').textContent()).toBe('Điều 1 — Luật Trẻ em (102/2016/QH13)');

    await page.getByRole('button', { name: 'Lưu và gửi duyệt' }).click();
    await heading(page).filter({ hasText: 'Đã gửi duyệt' }).waitFor();
    expect(await page.getByRole('button', { name: 'Soạn câu hỏi tiếp' }).isVisible()).toBe(true);
    await page.getByRole('link', { name: 'Xem câu hỏi vừa gửi' }).click();
    await page.waitForURL(/\/bank\/\d+$/);
    const id = Number(new URL(page.url()).pathname.split('/').pop());
    await page.locator('.detail-main .badge').first().waitFor();
    expect(await page.locator('.detail-main .badge').first().textContent()).toBe('Chờ duyệt');

    // The reviewer approves it from the review queue.
    const review = await newPage();
    await signIn(review, '/bank/review', reviewer.email);
    const card = review.locator('.review-card', { hasText: `Câu hỏi số ${id}` });
    await review.locator('.review-card').first().waitFor();
    if (!(await card.isVisible())) await review.getByRole('button', { name: `Mở để duyệt (Câu hỏi số ${id})` }).click();
    await card.locator('.article-text').waitFor();
    await card.getByRole('button', { name: `Duyệt (Câu hỏi số ${id})` }).click();
    await review.getByRole('status').filter({ hasText: `Đã duyệt câu hỏi số ${id}.` }).waitFor();

    // Signed out, the lookup finds it typed without diacritics, with its explanation and citation.
    const lookup = await newPage();
    await lookup.goto(`${BASE_URL}/lookup`);
    await lookup.getByLabel('Từ khoá').fill(`tre em de thu ${RUN}`);
    await lookup.waitForURL((url) => url.searchParams.get('q') === `tre em de thu ${RUN}`);
    const result = lookup.locator('.result', { hasText: text });
    await result.waitFor();
    expect(await result.locator('.option.correct').textContent()).toContain('Dưới 16 tuổi');
    expect(await result.locator('.explanation').textContent()).toBe('Theo Điều 1 Luật Trẻ em năm 2016, trẻ em là người dưới 16 tuổi.');
    expect(await result.locator('.citation').textContent()).toBe('Điều 1 — Luật Trẻ em (102/2016/QH13)');
    expect(await result.locator('.quote').textContent()).toBe('Trẻ em là người dưới 16 tuổi.');
  });

  it('a reviewer returns a question with a comment, and the author reads it in the history', async () => {
    const authorApi = await signInApi(author.email, PASSWORD);
    const text = `Luật Trẻ em năm 2016 có hiệu lực thi hành từ năm 2017. (đề thử trả lại ${RUN})`;
    const question = await call<{ id: number }>(authorApi, 'POST', '/api/questions', {
      type: 'TRUE_FALSE',
      text,
      choices: [
        { text: 'Đúng', correct: true },
        { text: 'Sai', correct: false },
      ],
      accepted: [],
      explanation: 'Luật Trẻ em năm 2016 có hiệu lực từ ngày 01/6/2017.',
      citations: [{ document: '102/2016/QH13', article: 106, clause: null, point: null, quote: null }],
      tags: ['trẻ em'],
      difficulty: 1,
      audience: 'MOI_NGUOI',
      visibility: 'PUBLIC',
      scoring: null,
      imageUrl: null,
    });
    await call(authorApi, 'POST', `/api/questions/${question.id}/actions/submit`);
    const comment = `Hãy ghi rõ ngày có hiệu lực và trích dẫn điều khoản hiệu lực (${RUN}).`;

    const review = await newPage();
    await signIn(review, `/bank/${question.id}`, reviewer.email);
    await review.getByRole('button', { name: 'Trả lại', exact: true }).click();
    const box = review.getByLabel('Lý do trả lại (bắt buộc)');
    await review.getByRole('button', { name: 'Trả lại cho tác giả' }).click();
    await review.getByRole('alert').filter({ hasText: 'Hãy ghi rõ lý do trả lại để tác giả sửa.' }).waitFor();
    await box.fill(comment);
    await review.getByRole('button', { name: 'Trả lại cho tác giả' }).click();
    await review.getByText('Đã trả lại câu hỏi cho tác giả.').waitFor();
    expect(await review.locator('.detail-main .badge').first().textContent()).toBe('Bị trả lại');

    const page = await newPage();
    await signIn(page, `/bank/${question.id}`, author.email);
    const history = page.getByRole('region', { name: 'Lịch sử' });
    const entry = history.locator('li', { hasText: 'Trả lại để sửa' });
    await entry.waitFor();
    expect(await entry.textContent()).toContain(reviewer.displayName);
    expect(await entry.locator('.comment').textContent()).toBe(comment);
    expect(await page.getByRole('link', { name: 'Sửa' }).isVisible()).toBe(true);
  });

  it('every bank screen fits a 360 px wide phone', async () => {
    const page = await newPage({ width: 360, height: 740 });
    await signIn(page, '/bank', manager.email);
    const first = page.locator('.q-link').first();
    await first.waitFor();
    const question = (await first.getAttribute('href'))!;
    const paths = ['/bank', '/bank/new', '/bank/review', '/bank/registry', '/bank/import', '/bank/sets', '/bank/users', '/quan-tri', '/tac-gia', '/giao-vien', question, `${question}/edit`, '/lookup?q=giao+thong', '/login'];
    for (const path of paths) {
      await page.goto(BASE_URL + path);
      await heading(page).waitFor();
      await page.waitForLoadState('networkidle');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});
