import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_EMAIL, ADMIN_PASSWORD, PASSWORD, RUN, call, signInApi, type Session } from './api';
import { BASE_URL, BrowserPages, signInAt } from './browser';

// Online training: an author builds a small course, a reviewer publishes it, a unit manager assigns it
// to the ward with a due day, a member who joined the ward takes the lesson and the final test on a
// 390×844 phone, the certificate is issued and its verification page opens from its code; the same member
// takes a contest round and their page shows its badges beside the course badge.
const WARD = `Phường Học ${RUN}`;
const LEARNER = 'Nguyễn Thị Lan';
const TAG = `khoahoc${RUN}`;
const COURSE = `Quy tắc chung khi tham gia giao thông ${RUN}`;
const LAW = 'Luật Trật tự, an toàn giao thông đường bộ 2024';
const QUESTIONS = [
  { clause: 1, text: `Theo khoản 1 Điều 10 ${LAW}, người tham gia giao thông đường bộ phải đi bên nào theo chiều đi của mình? (${RUN})`, right: 'Bên phải', wrong: 'Bên trái' },
  { clause: 2, text: `Theo khoản 2 Điều 10 ${LAW}, người được chở trên xe ô tô có phải thắt dây đai an toàn tại chỗ có trang bị dây đai khi tham gia giao thông không? (${RUN})`, right: 'Có', wrong: 'Không' },
  { clause: 3, text: `Theo khoản 3 Điều 10 ${LAW}, trẻ em dưới bao nhiêu tuổi và cao dưới 1,35 mét không được ngồi cùng hàng ghế với người lái xe ô tô (trừ xe chỉ có một hàng ghế)? (${RUN})`, right: 'Dưới 10 tuổi', wrong: 'Dưới 6 tuổi' },
];
const people = {
  author: `tacgia-${RUN}@khoahoc.test`,
  reviewer: `duyet-${RUN}@khoahoc.test`,
  manager: `quanly-${RUN}@khoahoc.test`,
  organiser: `btc-${RUN}@khoahoc.test`,
};
const pages = new BrowserPages();
let admin: Session;
let courseId = 0;

beforeAll(async () => {
  admin = await signInApi(ADMIN_EMAIL, ADMIN_PASSWORD);
  const roles: Record<string, string[]> = { author: ['AUTHOR'], reviewer: ['REVIEWER'], manager: ['HOST'], organiser: ['ORGANISER'] };
  for (const [who, email] of Object.entries(people)) {
    await call(admin, 'POST', '/api/users', { email, displayName: `Cán bộ ${who}`, password: PASSWORD, roles: roles[who] });
  }
  await call(admin, 'POST', '/api/orgs/import', {
    csv: `ma,ten,loai,ma_cap_tren\nTPH-${RUN},Thành phố Học ${RUN},Thành phố,\nPH-${RUN},${WARD},Phường,TPH-${RUN}\n`,
  });
  const ward = (await call<{ id: number; code: string }[]>(admin, 'GET', '/api/orgs')).find((n) => n.code === `PH-${RUN}`)!;
  await call(admin, 'POST', `/api/orgs/${ward.id}/managers`, { email: people.manager });
  // Three approved questions on Điều 10 of the law, under a tag of this run: the course draws from them.
  const authorApi = await signInApi(people.author, PASSWORD);
  const reviewerApi = await signInApi(people.reviewer, PASSWORD);
  for (const q of QUESTIONS) {
    const created = await call<{ id: number }>(authorApi, 'POST', '/api/questions', {
      type: 'SINGLE_CHOICE',
      text: q.text,
      choices: [
        { text: q.right, correct: true },
        { text: q.wrong, correct: false },
      ],
      accepted: [],
      explanation: `Khoản ${q.clause} Điều 10 ${LAW} (Luật số 36/2024/QH15).`,
      citations: [{ document: '36/2024/QH15', article: 10, clause: q.clause, point: null, quote: null }],
      tags: [TAG],
      difficulty: 1,
      audience: 'MOI_NGUOI',
      visibility: 'CONTEST_ONLY',
      scoring: null,
      imageUrl: null,
    });
    await call(authorApi, 'POST', `/api/questions/${created.id}/actions/submit`);
    await call(reviewerApi, 'POST', `/api/questions/${created.id}/actions/approve`);
  }
  await pages.launch();
});

afterAll(() => pages.close());

/** Clicks the right answer of the question shown in `scope` (its text names which bank question it is). */
async function answerRight(page: Page, questionText: string): Promise<void> {
  const q = QUESTIONS.find((k) => questionText.includes(k.text));
  expect(q, `a question of this run: ${questionText}`).toBeTruthy();
  await page
    .locator('.answer-button')
    .filter({ has: page.locator('.answer-text', { hasText: new RegExp(`^${q!.right}$`) }) })
    .first()
    .click();
}

const noOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('online training', () => {
  it('an author builds a course, a reviewer publishes it and a unit manager assigns it with a due day', async () => {
    const author = await pages.open({ width: 1280, height: 900 });
    await signInAt(author, '/khoa-hoc/soan/moi', people.author, PASSWORD);
    await author.getByLabel('Tên khóa học').fill(COURSE);
    await author.getByLabel('Tên bài').fill('Đi bên phải, thắt dây đai an toàn');
    await author.getByLabel('Nội dung bài đọc').fill('Đọc Điều 10 về quy tắc chung rồi làm bài trắc nghiệm.');
    await author.getByLabel(/^Điều luật cần đọc/).fill('36/2024/QH15 Điều 10');
    const lesson = author.locator('fieldset.lesson-form').first();
    await lesson.getByLabel('Số câu hỏi').fill('1');
    await lesson.getByLabel('Điểm đạt (%)').fill('100');
    await lesson.getByLabel(/^Chủ đề câu hỏi/).fill(TAG);
    const finalTest = author.locator('fieldset.lesson-form').last();
    await finalTest.getByLabel('Số câu hỏi').fill('2');
    await finalTest.getByLabel('Thời gian làm bài (phút)').fill('5');
    await finalTest.getByLabel('Số lượt làm bài').fill('2');
    await finalTest.getByLabel('Điểm đạt (%)').fill('50');
    await finalTest.getByLabel(/^Chủ đề câu hỏi/).fill(TAG);
    await author.getByRole('button', { name: 'Lưu' }).click();
    await author.waitForURL(/\/khoa-hoc\/soan\/\d+$/);
    courseId = Number(new URL(author.url()).pathname.split('/').pop());
    await author.getByText('Bản nháp').first().waitFor();
    await author.getByRole('button', { name: 'Gửi duyệt' }).click();
    await author.getByText('Đã gửi duyệt.').waitFor();

    const reviewer = await pages.open({ width: 1280, height: 900 });
    await signInAt(reviewer, `/khoa-hoc/soan/${courseId}`, people.reviewer, PASSWORD);
    await reviewer.getByRole('button', { name: 'Xuất bản' }).click();
    await reviewer.getByText('Đã xuất bản khóa học.').waitFor();

    const manager = await pages.open({ width: 1280, height: 900 });
    await signInAt(manager, `/khoa-hoc/soan/${courseId}`, people.manager, PASSWORD);
    const due = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
    await manager.getByLabel(/^Đơn vị/).selectOption({ label: WARD });
    await manager.getByLabel('Hạn hoàn thành').fill(due);
    await manager.getByRole('button', { name: 'Giao khóa học' }).click();
    await manager.getByText(`${WARD}: hạn ${due}`).waitFor();
  });

  it('a member of the ward takes the lesson and the final test on a phone and the certificate checks out', async () => {
    expect(courseId).toBeGreaterThan(0);
    const ward = (await call<{ code: string; inviteCode: string }[]>(admin, 'GET', '/api/orgs')).find((n) => n.code === `PH-${RUN}`)!;
    const phone = await pages.open({ width: 390, height: 844 });
    await phone.goto(`${BASE_URL}/to-chuc/tham-gia/${ward.inviteCode}`);
    await phone.getByLabel('Họ và tên').fill(LEARNER);
    await phone.getByRole('button', { name: 'Tham gia' }).click();
    await phone.getByText(`Chào ${LEARNER}`).waitFor();

    // Khóa học của tôi: assigned, due, not done.
    await phone.goto(`${BASE_URL}/khoa-hoc-cua-toi`);
    const card = phone.locator('.course-card', { hasText: COURSE });
    await card.waitFor();
    expect(await card.textContent()).toContain('Đã qua 0/1 bài');
    await card.getByRole('link', { name: COURSE }).click();
    await phone.waitForURL(`${BASE_URL}/khoa-hoc/${courseId}`);
    expect(await phone.getByRole('button', { name: 'Học xong các bài để mở bài kiểm tra' }).isDisabled()).toBe(true);

    // The lesson: the reading from the legal store, then the quiz.
    await phone.getByRole('link', { name: 'Đi bên phải, thắt dây đai an toàn' }).click();
    await phone.locator('.lesson-article-text').waitFor();
    expect(await phone.locator('.lesson-article-text').textContent()).toContain('phải đi bên phải theo chiều đi của mình');
    await phone.getByRole('button', { name: 'Làm bài trắc nghiệm' }).click();
    const legend = (await phone.locator('.lesson-question legend').first().textContent())!;
    await answerRight(phone, legend);
    await phone.getByRole('button', { name: 'Nộp bài' }).click();
    await phone.getByText('Đạt! Bài tiếp theo đã mở.').waitFor();
    expect(await noOverflow(phone)).toBeLessThanOrEqual(0);
    await phone.getByRole('link', { name: 'Sang bài kiểm tra cuối khóa' }).click();

    // The final test, on the contests' attempt screen: timed, answers hidden until submitted.
    await phone.getByRole('button', { name: 'Làm bài kiểm tra cuối khóa' }).click();
    await phone.waitForURL(new RegExp(`/contests/\\d+/attempts/\\d+\\?khoa-hoc=${courseId}$`));
    await phone.locator('#attempt-heading').waitFor();
    expect(await phone.getByText('Đáp án đúng').count()).toBe(0);
    for (let n = 1; n <= 2; n++) {
      await phone.locator('.q-nav').getByRole('button', { name: new RegExp(`^Câu ${n},`) }).click();
      await phone.locator('.question-number', { hasText: `Câu ${n}/2` }).waitFor();
      await answerRight(phone, (await phone.locator('#attempt-heading').textContent())!.trim());
      await phone.locator('.save-note', { hasText: 'Đã lưu' }).waitFor();
    }
    await phone.locator('.attempt-submit').getByRole('button', { name: 'Nộp bài' }).click();
    await phone.getByRole('dialog').getByRole('button', { name: 'Nộp bài' }).click();
    await phone.getByRole('heading', { level: 1, name: 'Kết quả bài thi' }).waitFor();
    expect(await phone.locator('.result-correct').textContent()).toBe('Trả lời đúng 2/2 câu');

    // Back to the course: completed, with a certificate whose check page confirms it.
    await phone.getByRole('link', { name: 'Về khóa học' }).click();
    await phone.waitForURL(`${BASE_URL}/khoa-hoc/${courseId}`);
    await phone.getByText('Bạn đã hoàn thành khóa học.').waitFor();
    const code = (await phone.locator('.certificate-box a[href^="/chung-nhan/"]').textContent())!.trim();
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    const pdf = await phone.request.get(`${BASE_URL}/api/my/courses/${courseId}/certificate.pdf`);
    expect(pdf.status()).toBe(200);
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');

    const stranger = await pages.open({ width: 390, height: 844 });
    await stranger.goto(`${BASE_URL}/chung-nhan/${code}`);
    await stranger.getByText('Chứng nhận hợp lệ.').waitFor();
    expect(await stranger.locator('.certificate-facts').textContent()).toContain(LEARNER);
    expect(await stranger.locator('.certificate-facts').textContent()).toContain(WARD);
    expect(await stranger.locator('.certificate-qr path').count()).toBe(1);

    // The member registers for a contest and takes its round on the same phone: their page shows the badges.
    const organiserApi = await signInApi(people.organiser, PASSWORD);
    const contest = await call<{ id: number }>(organiserApi, 'POST', '/api/contests/from-template', {});
    await call(organiserApi, 'POST', `/api/contests/${contest.id}/publish`, { publicQuestions: 'KEEP' });
    const unit = (await call<{ id: number; code: string }[]>(null, 'GET', `/api/contests/${contest.id}/units`)).find((u) => u.code === '10A1')!;
    const headers = { Origin: BASE_URL, 'Content-Type': 'application/json' };
    const registered = await phone.request.post(`${BASE_URL}/api/contests/${contest.id}/registrations`, {
      headers,
      data: { fullName: LEARNER, birthDate: '1990-04-30', unitId: unit.id, phone: '0912345678', consent: { accepted: true } },
    });
    expect(registered.status(), await registered.text()).toBe(201);
    const started = await phone.request.post(`${BASE_URL}/api/contests/${contest.id}/attempts`, { headers, data: { round: 1 } });
    expect(started.status(), await started.text()).toBe(201);
    const attempt = (await started.json()) as { id: number };
    expect((await phone.request.post(`${BASE_URL}/api/attempts/${attempt.id}/submit`, { headers, data: {} })).status()).toBe(200);
    await phone.goto(`${BASE_URL}/khoa-hoc-cua-toi`);
    const badges = phone.getByRole('list', { name: 'Huy hiệu' });
    await badges.locator('.badge-contest', { hasText: 'Tham gia đợt thi (1 đợt)' }).waitFor();
    expect(await badges.textContent()).toContain('Hoàn thành khóa học đầu tiên');
    expect(await badges.textContent()).toContain('Dự đủ mọi đợt thi');
    expect(await noOverflow(phone)).toBeLessThanOrEqual(0);
  });
});
