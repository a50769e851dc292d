import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_EMAIL, ADMIN_PASSWORD, PASSWORD, RUN, call, signInApi, type Session } from './api';
import { reference, usable, type BankQuestion, type Citation } from './bankQuestions';
import { BASE_URL, BrowserPages } from './browser';
import { expectTouchTargets } from './targets';

// The public reader of the legal store: search, an article and its earlier wording, its questions to
// practise, and the cited article opened in place from a game's reveal.
const PHONE = { width: 360, height: 740 };
const WIDE = { width: 1280, height: 800 };
const pages = new BrowserPages();

interface PublicQuestion {
  id: number;
  type: string;
  text: string;
  choices: { text: string; correct: boolean }[];
  accepted: string[];
  explanation: string | null;
  citations: Citation[];
}

const slug = (number: string) => number.replace(/\//g, '-').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/Đ/g, 'D');
const noOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** An approved question whose cited article is in the store, to play and to open. */
async function questionOnAStoredArticle(session: Session): Promise<BankQuestion> {
  const page = await call<{ items: BankQuestion[] }>(session, 'GET', '/api/questions?status=APPROVED&type=SINGLE_CHOICE&size=100');
  for (const q of page.items.filter(usable)) {
    const c = q.content.citations[0];
    const found = await fetch(`${BASE_URL}/api/laws/documents/${slug(c.document)}/articles/${c.article}`);
    if (found.ok && c.clause) return q;
  }
  throw new Error('no approved question cites a khoản of an article in the store');
}

let hostApi: Session;
beforeAll(async () => {
  const admin = await signInApi(ADMIN_EMAIL, ADMIN_PASSWORD);
  const host = { email: `doc-luat-${RUN}@luatvui.test`, displayName: `Thầy đọc luật ${RUN}` };
  await call(admin, 'POST', '/api/users', { ...host, password: PASSWORD, roles: ['HOST'] });
  hostApi = await signInApi(host.email, PASSWORD);
  await pages.launch();
});
afterAll(() => pages.close());

describe(`legal reader at ${BASE_URL}`, () => {
  it('finds an article by words without marks and reads its wording before an amendment', async () => {
    const page = await pages.open(PHONE);
    await page.goto(`${BASE_URL}/`);
    await page.getByRole('button', { name: 'Danh mục' }).click();
    await page.getByRole('link', { name: 'Văn bản', exact: true }).click();
    await page.getByRole('heading', { name: 'Văn bản pháp luật' }).waitFor();

    // The list filters by kind and status; the Criminal Code is a code, amended.
    await page.getByLabel('Loại văn bản').selectOption({ label: 'Bộ luật' });
    await page.getByLabel('Hiệu lực').selectOption({ label: 'Đã được sửa đổi, bổ sung' });
    await expect.poll(() => page.locator('.law-name').allTextContents()).toEqual(['Bộ luật Hình sự']);
    expect(await noOverflow(page), 'list').toBeLessThanOrEqual(0);
    await expectTouchTargets(page, 'the list of documents');

    // A code's contents come first, without texts; an article's text loads when asked for.
    await page.getByRole('link', { name: 'Bộ luật Hình sự' }).click();
    await page.waitForURL((url) => url.pathname === '/van-ban/100-2015-QH13');
    await page.getByRole('heading', { name: 'Mục lục' }).waitFor();
    expect(await page.locator('.toc-division').first().textContent()).toBe('Phần thứ nhất. NHỮNG QUY ĐỊNH CHUNG');
    expect(await page.locator('.article-text').count()).toBe(0);
    await page.getByRole('button', { name: 'Xem nội dung Điều 1', exact: true }).click();
    await page.locator('.toc-article .article-text').first().waitFor();
    expect(await page.locator('.toc-article .article-text').first().textContent()).toContain('Bộ luật Hình sự có nhiệm vụ');
    expect(await noOverflow(page), 'contents').toBeLessThanOrEqual(0);
    await expectTouchTargets(page, 'a code\'s contents');

    await page.getByRole('searchbox', { name: 'Tìm trong nội dung văn bản' }).fill('thi hanh an tu hinh ung thu');
    await page.getByRole('button', { name: 'Tìm', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/van-ban/tim');
    const group = page.locator('.hit-group', { has: page.getByRole('heading', { name: /Bộ luật Hình sự/ }) });
    const hit = group.locator('.hit', { hasText: 'Điều 40. Tử hình' });
    await hit.waitFor();
    const marked = (await hit.locator('mark').allTextContents()).map((m) => m.toLowerCase());
    expect(marked).toContain('tử');
    expect(marked).toContain('hình');
    expect(marked.every((m) => /^[\p{L}\p{N}]+$/u.test(m)), 'whole words, line ends left out').toBe(true);
    expect(await noOverflow(page)).toBeLessThanOrEqual(0);
    await expectTouchTargets(page, 'the search results');

    await hit.getByRole('link').click();
    await page.waitForURL((url) => url.pathname === '/van-ban/100-2015-QH13/dieu-40');
    await page.getByRole('heading', { name: 'Điều 40. Tử hình' }).waitFor();
    const text = page.locator('.article-text');
    expect(await text.textContent()).toContain('Người mắc bệnh ung thư giai đoạn cuối.');
    expect(await page.locator('#khoan-3-diem-c').textContent()).toContain('ung thư');
    expect(await page.getByRole('link', { name: /Điều 1 khoản 1 86\/2025\/QH15/ }).getAttribute('href')).toBe(
      '/van-ban/86-2025-QH15/dieu-1#khoan-1',
    );
    await expectTouchTargets(page, 'an article');

    // The wording before 1 July 2025, from the list of wordings.
    await page.getByRole('link', { name: 'Áp dụng từ 01/01/2018 đến 30/06/2025' }).click();
    await page.waitForURL((url) => url.search === '?ngay=2018-01-01');
    await page.getByText('Lời văn có hiệu lực ngày 01/01/2018.').waitFor();
    await expect.poll(() => text.textContent()).toContain('tội tham ô tài sản, tội nhận hối lộ');
    expect(await text.textContent()).not.toContain('ung thư giai đoạn cuối');
    expect(await noOverflow(page)).toBeLessThanOrEqual(0);

    // Any day: the date field, then back to the wording in force.
    await page.getByLabel('Xem lời văn vào ngày').fill('2025-07-01');
    await page.getByRole('button', { name: 'Xem', exact: true }).click();
    await expect.poll(() => text.textContent()).toContain('ung thư giai đoạn cuối');
  });

  it('shows the questions citing an article and practises one on a phone', async () => {
    // An article that public questions cite; the first one the page offers to practise.
    const lookup = await call<{ items: PublicQuestion[] }>(null, 'GET', '/api/public/questions?type=SINGLE_CHOICE&size=50');
    let c: Citation | undefined;
    for (const item of lookup.items) {
      const cited = item.citations[0];
      if (cited && (await fetch(`${BASE_URL}/api/laws/documents/${slug(cited.document)}/articles/${cited.article}`)).ok) {
        c = cited;
        break;
      }
    }
    if (!c) throw new Error('no public question cites an article in the store');
    const path = `/van-ban/${slug(c.document)}/dieu-${c.article}`;
    const listing = await call<{ items: PublicQuestion[] }>(null, 'GET', `/api/laws/documents/${slug(c.document)}/articles/${c.article}/questions`);
    const q = listing.items.find((x) => (x.type === 'TYPE_ANSWER' ? x.accepted.length > 0 : x.type !== 'ORDERING'))!;
    expect(q, 'a question to practise').toBeTruthy();
    const page = await pages.open(PHONE);
    await page.goto(`${BASE_URL}${path}`);
    await page.getByRole('heading', { name: /Câu hỏi về điều này \([1-9]\d*\)/ }).waitFor();
    expect(await page.locator('.question-titles').textContent()).toContain(q.text);
    await expectTouchTargets(page, 'an article\'s questions');

    await page.getByRole('button', { name: 'Luyện tập điều này' }).click();
    await page.locator('.practice-question', { hasText: q.text }).waitFor();
    await expectTouchTargets(page, 'practice');
    if (q.type === 'TYPE_ANSWER') await page.getByLabel('Câu trả lời của bạn').fill(q.accepted[0]);
    for (const choice of q.choices.filter((x) => x.correct)) {
      await page.getByRole(q.type === 'MULTIPLE_SELECT' ? 'checkbox' : 'radio', { name: choice.text, exact: true }).check();
    }
    await page.getByRole('button', { name: 'Trả lời', exact: true }).click();
    await page.getByText('Chính xác!').waitFor();
    expect(await page.locator('.practice .explanation').textContent()).toBe(q.explanation);
    expect(await page.locator('.practice .citation').first().textContent()).toContain(reference(q.citations[0]));
    expect(await noOverflow(page)).toBeLessThanOrEqual(0);
    await expectTouchTargets(page, 'practice answered');
  });

  it('opens the cited article in place from the lookup', async () => {
    const page = await pages.open(WIDE);
    await page.goto(`${BASE_URL}/lookup`);
    const open = page.locator('.result .cite-open').first();
    await open.waitFor();
    const label = (await open.textContent())!;
    await open.click();
    const sheet = page.getByRole('dialog');
    await sheet.locator('.article-text').waitFor();
    expect(label).toMatch(/^Đọc /);
    await sheet.getByRole('button', { name: 'Đóng' }).click();
    await sheet.waitFor({ state: 'detached' });
  });

  it('opens the cited article from a game reveal, on the phone and on the host screen', async () => {
    const question = await questionOnAStoredArticle(hostApi);
    const citation = question.content.citations[0];
    const set = await call<{ set: { id: number } }>(hostApi, 'POST', '/api/question-sets', {
      title: `Đọc luật khi công bố đáp án ${RUN}`,
      description: null,
      shared: false,
      items: [{ questionId: question.id, timeLimitSeconds: 30, points: 1000 }],
    });
    const game = await call<{ gameId: number; pin: string }>(hostApi, 'POST', '/api/games', {
      setId: set.set.id,
      scoring: 'KAHOOT',
      lateJoinAllowed: false,
      leadInSeconds: 0,
      leaderboardShown: false,
    });
    const hostPage = await pages.open(WIDE, hostApi);
    await hostPage.goto(`${BASE_URL}/host/${game.gameId}`);
    await hostPage.locator('.lobby-pin').waitFor();
    const phone = await pages.open(PHONE);
    await phone.goto(`${BASE_URL}/play?pin=${game.pin}`);
    await phone.getByLabel('Biệt danh').fill('Lan');
    await phone.getByRole('button', { name: 'Vào phòng' }).click();
    await phone.getByRole('heading', { name: 'Bạn đã vào phòng!' }).waitFor();
    await hostPage.getByRole('button', { name: 'Bắt đầu' }).click();
    // The only player's answer closes the question: the reveal, with the law, on both screens.
    await phone.locator('.answer-button').first().click();
    await hostPage.locator('.host-law').waitFor();
    await phone.locator('.law-card').waitFor();

    const name = `Đọc ${reference(citation)}`;
    await phone.getByRole('button', { name }).click();
    const sheet = phone.getByRole('dialog');
    await sheet.getByRole('heading', { name: reference(citation) }).waitFor();
    await sheet.locator('.article-text').waitFor();
    expect(await sheet.locator('.cited').first().textContent()).toMatch(new RegExp(`^${citation.clause}\\.`));
    expect(await sheet.getByRole('link', { name: 'Mở trang điều luật' }).getAttribute('href')).toContain(
      `/van-ban/${slug(citation.document)}/dieu-${citation.article}#khoan-${citation.clause}`,
    );
    expect(await noOverflow(phone)).toBeLessThanOrEqual(0);
    await expectTouchTargets(phone, 'the cited article over the reveal');
    await sheet.getByRole('button', { name: 'Đóng' }).click();
    // The game goes on under the sheet: the verdict is still there.
    await phone.locator('.law-card').waitFor();

    await hostPage.locator('.host-law').getByRole('button', { name }).click();
    await hostPage.getByRole('dialog').locator('.article-text .cited').waitFor();
  });
});
