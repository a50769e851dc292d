import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_EMAIL, ADMIN_PASSWORD, PASSWORD, RUN, call, signInApi, type Session } from './api';
import { reference, usable, type BankQuestion, type Citation } from './bankQuestions';
import { BASE_URL, BrowserPages } from './browser';
import { expectTouchTargets } from './targets';

// An online contest: an organiser sets it up through the API; a contestant on a phone registers,
// takes the attempt (with a reload in the middle), submits, sees the result with the law, and
// comes back on another device with the access code.
const organiser = { email: `ban-to-chuc-${RUN}@luatvui.test`, displayName: `Ban tổ chức ${RUN}` };
const CONTEST_TITLE = `Cuộc thi thử ${RUN}`;
const CONTESTANT = 'Trần Thị Ánh';
const PHONE = { width: 360, height: 740 };
const QUESTIONS = 5;
const POINTS = 10;

/** A drawn question as the test needs it: the right choice and the law. */
interface Known {
  text: string;
  right: string;
  explanation: string;
  citation: Citation;
  documentName: string;
}



const pages = new BrowserPages();
let organiserApi: Session;
let contestId = 0;
let known: Known[] = [];
let accessCode = '';

beforeAll(async () => {
  const admin = await signInApi(ADMIN_EMAIL, ADMIN_PASSWORD);
  await call(admin, 'POST', '/api/users', { ...organiser, password: PASSWORD, roles: ['ORGANISER'] });
  organiserApi = await signInApi(organiser.email, PASSWORD);

  // A question set of approved single-choice questions from the starter bank.
  const page = await call<{ items: BankQuestion[] }>(organiserApi, 'GET', '/api/questions?status=APPROVED&type=SINGLE_CHOICE&size=50');
  const chosen = page.items.filter((q) => q.content.type === 'SINGLE_CHOICE' && usable(q)).slice(0, QUESTIONS);
  expect(chosen.length, 'approved single-choice starter-bank questions').toBe(QUESTIONS);
  const registry = await call<{ number: string; name: string }[]>(null, 'GET', '/api/legal-documents');
  const names = new Map(registry.map((d) => [d.number, d.name]));
  known = chosen.map((q) => ({
    text: q.content.text,
    right: q.content.choices.find((c) => c.correct)!.text,
    explanation: q.content.explanation!,
    citation: q.content.citations[0],
    documentName: names.get(q.content.citations[0].document) ?? '',
  }));
  const set = await call<{ set: { id: number } }>(organiserApi, 'POST', '/api/question-sets', {
    title: `Bộ câu hỏi cuộc thi ${RUN}`,
    description: 'Bộ câu hỏi của bài kiểm thử cuộc thi trực tuyến.',
    shared: false,
    items: chosen.map((q) => ({ questionId: q.id, timeLimitSeconds: 30, points: 1000 })),
  });

  // The contest: 5 questions in 300 s drawn from that set, answers shown after submission, one
  // attempt, a prediction question; one round open from a minute ago for an hour.
  const now = Date.now();
  const contest = await call<{ id: number; status: string }>(organiserApi, 'POST', '/api/contests', {
    title: CONTEST_TITLE,
    organiser: 'Huyện Đoàn Bình Minh',
    description: 'Cuộc thi trực tuyến tìm hiểu pháp luật dành cho đoàn viên, thanh niên.',
    rules: 'Điều 1. Đối tượng dự thi\n  Đoàn viên, thanh niên từ 16 tuổi.\nĐiều 2. Cách tính điểm\n  Mỗi câu đúng được 10 điểm.',
    settings: {
      questionsPerAttempt: QUESTIONS,
      timeLimitSeconds: 300,
      attemptsPerRound: 1,
      practiceEnabled: false,
      reveal: 'AFTER_SUBMIT',
      pointsPerQuestion: POINTS,
      predictionQuestion: 'Có bao nhiêu bài thi đạt điểm tối đa trong đợt này?',
      predictionTarget: 'PERFECT_SCORES',
      askIdNumber: false,
      winnersPerRound: 3,
      pool: { setIds: [set.set.id] },
    },
    rounds: [{ number: 1, title: 'Đợt 1', opensAt: new Date(now - 60_000).toISOString(), closesAt: new Date(now + 3_600_000).toISOString() }],
  });
  contestId = contest.id;
  expect(contest.status).toBe('DRAFT');
  const units = await call<{ id: number; name: string; parentId: number | null }[]>(organiserApi, 'PUT', `/api/contests/${contestId}/units`, {
    csv: 'ma,ten,ma_cap_tren,so_thanh_vien\nHD,Huyện Đoàn Bình Minh,,\nCD1,Chi đoàn Thôn Đông,HD,30\nCD2,Chi đoàn Thôn Tây,HD,25\n',
  });
  expect(units.map((u) => u.name)).toEqual(['Huyện Đoàn Bình Minh', 'Chi đoàn Thôn Đông', 'Chi đoàn Thôn Tây']);
  // The starter bank's questions are public in the lookup: keep them (they leave the lookup until the round closes).
  const published = await call<{ status: string }>(organiserApi, 'POST', `/api/contests/${contestId}/publish`, { publicQuestions: 'KEEP' });
  expect(published.status).toBe('PUBLISHED');
  await pages.launch();
});
afterAll(() => pages.close());

function newPage(viewport: { width: number; height: number }, session?: Session): Promise<Page> {
  return pages.open(viewport, session);
}

/** The answer button whose text is exactly `text`. */
function answerButton(page: Page, text: string): Locator {
  return page.locator('.answer-button').filter({ has: page.locator('.answer-text', { hasText: new RegExp(`^${escapeRegExp(text)}$`) }) });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const noOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** The bank question shown on the attempt's screen now. */
async function shownQuestion(page: Page): Promise<Known> {
  const text = (await page.locator('#attempt-heading').textContent())!.trim();
  const q = known.find((k) => k.text.trim() === text);
  expect(q, `a drawn question of the set: ${text}`).toBeTruthy();
  return q!;
}

/** Goes to question `n` (1-based) with the navigator. */
async function goTo(page: Page, n: number): Promise<void> {
  await page.locator('.q-nav').getByRole('button', { name: new RegExp(`^Câu ${n},`) }).click();
  await page.locator('.question-number', { hasText: `Câu ${n}/${QUESTIONS}` }).waitFor();
}

describe(`online contest at ${BASE_URL}`, () => {
  it('a contestant registers on a phone, takes the attempt with a reload in the middle, and sees the result with the law', async () => {
    const page = await newPage(PHONE);
    await page.goto(`${BASE_URL}/contests/${contestId}`);
    await page.getByRole('heading', { level: 1, name: CONTEST_TITLE }).waitFor();
    expect(await page.locator('.round-list').textContent()).toContain('Đang mở');
    expect(await page.locator('.rules-text').textContent()).toContain('Điều 2. Cách tính điểm');

    // Registration: the unit is found without diacritics and shown with its parent.
    await page.getByLabel('Họ và tên').fill(CONTESTANT);
    await page.getByLabel('Ngày sinh').fill('2006-03-15');
    await page.getByLabel('Tìm đơn vị của bạn').fill('thon tay');
    await page.getByRole('radio', { name: 'Huyện Đoàn Bình Minh › Chi đoàn Thôn Tây' }).check();
    await page.getByLabel('Số điện thoại').fill('0912 345 678');
    // What is collected and why, then consent: without it nothing is sent.
    expect(await page.locator('.privacy-notice').textContent()).toContain('Số điện thoại hoặc email');
    expect(await noOverflow(page), 'registration form').toBeLessThanOrEqual(0);
    await expectTouchTargets(page, 'registration');
    await page.getByRole('button', { name: 'Đăng ký dự thi' }).click();
    await page.getByText('Cần đồng ý với việc xử lý dữ liệu cá nhân thì mới đăng ký được.').waitFor();
    await page.getByLabel('Tôi đã đọc và đồng ý để ban tổ chức xử lý dữ liệu cá nhân của tôi như trên.').check();
    await page.getByRole('button', { name: 'Đăng ký dự thi' }).click();

    // The access code, shown once, prominently.
    const code = page.locator('.access-code');
    await code.waitFor();
    accessCode = (await code.textContent())!.trim();
    expect(accessCode.length).toBeGreaterThanOrEqual(4);
    expect(await page.locator('.access-code-panel').textContent()).toContain('Hãy lưu mã dự thi này');
    await expectTouchTargets(page, 'the access code');
    await page.getByRole('button', { name: 'Tôi đã lưu mã' }).click();

    // The attempt.
    await page.getByRole('button', { name: 'Bắt đầu làm bài' }).click();
    await page.waitForURL(/\/contests\/\d+\/attempts\/\d+$/);
    await page.locator('.question-number', { hasText: `Câu 1/${QUESTIONS}` }).waitFor();
    expect(await page.locator('.q-nav-item:not(.prediction)').count()).toBe(QUESTIONS);
    const clock = (await page.locator('.attempt-clock-time').textContent())!;
    expect(clock).toMatch(/^0[45]:\d\d$/);
    expect(await page.locator('.answer-button svg.shape').count()).toBeGreaterThanOrEqual(2);
    // Nothing on the screen says which answer is right.
    expect(await page.getByText('Đáp án đúng').count()).toBe(0);
    await expectTouchTargets(page, 'the attempt');

    const answered = new Map<number, string>();
    for (let n = 1; n <= QUESTIONS; n++) {
      await goTo(page, n);
      const q = await shownQuestion(page);
      await answerButton(page, q.right).click();
      await page.locator('.save-note', { hasText: 'Đã lưu' }).waitFor();
      expect(await answerButton(page, q.right).getAttribute('aria-pressed')).toBe('true');
      expect(await page.locator('.attempt-progress').textContent()).toBe(`Đã trả lời ${n}/${QUESTIONS}`);
      answered.set(n, q.right);
      expect(await noOverflow(page), `question ${n}`).toBeLessThanOrEqual(0);

      if (n === 3) {
        // A reload in the middle: the same questions, the saved answers, the clock from the server
        // (not the full time again: once it has run for a second, it must not be back at 05:00).
        await page.waitForFunction(() => document.querySelector('.attempt-clock-time')?.textContent !== '05:00');
        const url = page.url();
        await page.reload();
        await page.locator('#attempt-heading').waitFor();
        expect(page.url()).toBe(url);
        expect(await page.locator('.q-nav-item:not(.prediction)').count()).toBe(QUESTIONS);
        expect(await page.locator('.attempt-progress').textContent()).toBe(`Đã trả lời 3/${QUESTIONS}`);
        for (const m of [1, 2, 3]) {
          await goTo(page, m);
          expect(await answerButton(page, answered.get(m)!).getAttribute('aria-pressed')).toBe('true');
          expect(await page.locator('.save-note').textContent()).toContain('Đã lưu');
        }
        expect(await page.locator('.attempt-clock-time').textContent()).toMatch(/^0[0-4]:\d\d$/);
      }
    }

    // The prediction question.
    await page.locator('.q-nav').getByRole('button', { name: 'Dự đoán' }).click();
    await page.getByRole('heading', { level: 1, name: 'Có bao nhiêu bài thi đạt điểm tối đa trong đợt này?' }).waitFor();
    await page.getByLabel('Con số bạn dự đoán').fill('3');
    await page.getByRole('button', { name: 'Lưu dự đoán' }).click();
    await page.locator('.save-note', { hasText: 'Đã lưu' }).waitFor();
    await expectTouchTargets(page, 'the prediction');

    // Submit, after a confirmation that counts the unanswered questions (none).
    await page.locator('.attempt-submit').getByRole('button', { name: 'Nộp bài' }).click();
    const dialog = page.getByRole('dialog');
    expect(await dialog.textContent()).toContain(`Bạn đã trả lời cả ${QUESTIONS} câu.`);
    await expectTouchTargets(page, 'the submit confirmation');
    await dialog.getByRole('button', { name: 'Nộp bài' }).click();

    // The result: score, correct answers, rank 1.
    await page.getByRole('heading', { level: 1, name: 'Kết quả bài thi' }).waitFor();
    expect(await page.locator('.result-score').textContent()).toBe(`${QUESTIONS * POINTS}/${QUESTIONS * POINTS} điểm`);
    expect(await page.locator('.result-correct').textContent()).toBe(`Trả lời đúng ${QUESTIONS}/${QUESTIONS} câu`);
    expect(await page.locator('.result-rank').textContent()).toContain('Xếp hạng: 1');
    expect(await page.locator('.result-prediction').textContent()).toBe('Dự đoán của bạn: 3');

    // The review (answers shown after submission): the right answer, the law, the explanation.
    const items = page.locator('.review-item');
    expect(await items.count()).toBe(QUESTIONS);
    for (let i = 0; i < QUESTIONS; i++) {
      const item = items.nth(i);
      const text = (await item.locator('.review-question').textContent())!.trim();
      const q = known.find((k) => k.text.trim() === text)!;
      expect(q, text).toBeTruthy();
      expect(await item.locator('.answer-line').textContent()).toBe(q.right);
      const citation = (await item.locator('.citation').first().textContent())!;
      expect(citation).toContain(reference(q.citation));
      if (q.documentName) expect(citation).toContain(q.documentName);
      expect(await item.locator('.explanation').textContent()).toBe(q.explanation);
    }
    expect(await noOverflow(page), 'result').toBeLessThanOrEqual(0);
    await expectTouchTargets(page, 'the result');

    // Back on the landing page: the contestant leads the round's ranking, under a shortened name.
    await page.getByRole('link', { name: 'Về trang cuộc thi' }).click();
    await page.getByRole('heading', { level: 1, name: CONTEST_TITLE }).waitFor();
    const board = page.locator('section.board .board-table').first();
    await board.waitFor();
    expect(await board.locator('tbody tr').first().locator('.board-name').textContent()).toBe('Trần T. Á.');
    expect(await page.locator('.my-rank').first().textContent()).toBe('Bạn đang xếp hạng 1/1');
    expect(await page.getByText('Tạm tính').first().isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Bắt đầu làm bài' }).count()).toBe(0);
    expect(await noOverflow(page), 'landing page').toBeLessThanOrEqual(0);
    await expectTouchTargets(page, 'the landing page with the ranking');
  });

  it('on another device the contestant comes back with the access code', async () => {
    expect(accessCode, 'the first test registered').not.toBe('');
    const page = await newPage(PHONE);
    await page.goto(`${BASE_URL}/contests/${contestId}`);
    await page.getByRole('heading', { level: 1, name: CONTEST_TITLE }).waitFor();

    // A wrong code is refused at the field.
    await page.getByLabel('Mã dự thi', { exact: true }).fill('KHONG-DUNG-0000');
    await page.getByRole('button', { name: 'Vào cuộc thi' }).click();
    await page.locator('#signin-code-error').waitFor();
    await expectTouchTargets(page, 'the code entry');

    await page.getByLabel('Mã dự thi', { exact: true }).fill(accessCode);
    await page.getByRole('button', { name: 'Vào cuộc thi' }).click();
    await page.getByRole('heading', { name: `Bài thi của ${CONTESTANT}` }).waitFor();
    await expectTouchTargets(page, 'the contestant\'s own page');
    expect(await page.locator('.my-contest').textContent()).toContain('Chi đoàn Thôn Tây');
    expect(await page.getByText('Bạn đã dùng hết lượt thi của đợt này.').isVisible()).toBe(true);
    await page.locator('.my-attempts a').first().click();
    await page.getByRole('heading', { level: 1, name: 'Kết quả bài thi' }).waitFor();
    expect(await page.locator('.result-score').textContent()).toBe(`${QUESTIONS * POINTS}/${QUESTIONS * POINTS} điểm`);
  });

  it('the organiser follows participation and finds the result files', async () => {
    const page = await newPage({ width: 1280, height: 800 }, organiserApi);
    await page.goto(`${BASE_URL}/contests/${contestId}/manage?tab=monitor`);
    await page.getByRole('heading', { level: 1, name: `Quản lý: ${CONTEST_TITLE}` }).waitFor();
    const registered = page.locator('.counts dd').first();
    await registered.waitFor();
    expect(await registered.textContent()).toBe('1');
    const row = page.locator('.monitor-tab tbody tr', { hasText: 'Chi đoàn Thôn Tây' });
    expect(await row.locator('td').first().textContent()).toBe('1');

    await page.getByRole('tab', { name: 'Kết quả' }).click();
    const xlsx = page.locator('.download-list a', { hasText: 'Thí sinh (Excel)' }).first();
    expect(await xlsx.getAttribute('href')).toBe(`/api/contests/${contestId}/results?round=1&by=contestants&format=xlsx`);
    const file = await page.request.get(`${BASE_URL}/api/contests/${contestId}/results?round=1&by=contestants&format=csv`);
    expect(file.status()).toBe(200);
    expect(await file.text()).toContain(CONTESTANT);
  });
});
