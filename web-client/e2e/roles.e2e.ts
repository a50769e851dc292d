import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_EMAIL, ADMIN_PASSWORD, PASSWORD, RUN, call, signInApi, type Session } from './api';
import { BASE_URL, BrowserPages } from './browser';

const person = (slug: string, name: string) => ({ email: `${slug}-${RUN}@luatvui.test`, displayName: `${name} ${RUN}` });
const teacher = person('giao-vien-vt', 'Giáo viên');
const author = person('tac-gia-vt', 'Tác giả');
const reviewer = person('nguoi-duyet-vt', 'Người duyệt');
const organiser = person('ban-to-chuc-vt', 'Ban tổ chức');
const both = person('tac-gia-duyet-vt', 'Tác giả kiêm duyệt');

const pages = new BrowserPages();
let authorApi: Session;

beforeAll(async () => {
  const admin = await signInApi(ADMIN_EMAIL, ADMIN_PASSWORD);
  await call(admin, 'POST', '/api/users', { ...teacher, password: PASSWORD, roles: ['HOST'] });
  await call(admin, 'POST', '/api/users', { ...author, password: PASSWORD, roles: ['AUTHOR'] });
  await call(admin, 'POST', '/api/users', { ...reviewer, password: PASSWORD, roles: ['REVIEWER'] });
  await call(admin, 'POST', '/api/users', { ...organiser, password: PASSWORD, roles: ['ORGANISER'] });
  await call(admin, 'POST', '/api/users', { ...both, password: PASSWORD, roles: ['AUTHOR', 'REVIEWER'] });
  authorApi = await signInApi(author.email, PASSWORD);
  await pages.launch();
});
afterAll(() => pages.close());
afterEach(() => pages.closePages());

const heading = (page: Page) => page.locator('main h1');
const menu = (page: Page) => page.getByRole('navigation', { name: 'Điều hướng chính' });

/** Signs in from the sign-in page itself (no page asked for): the person lands on their own home. */
async function signInHome(email: string, password = PASSWORD): Promise<Page> {
  const page = await pages.open({ width: 1280, height: 900 });
  await page.goto(`${BASE_URL}/login`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((url) => url.pathname !== '/login');
  return page;
}

/** A question citing Điều 1 of the Law on Children, written by the author and sent for review. */
async function submitted(text: string, explanation: string): Promise<number> {
  const q = await call<{ id: number }>(authorApi, 'POST', '/api/questions', {
    type: 'SINGLE_CHOICE',
    text,
    choices: [
      { text: 'Dưới 16 tuổi', correct: true },
      { text: 'Dưới 18 tuổi', correct: false },
    ],
    accepted: [],
    explanation,
    citations: [{ document: '102/2016/QH13', article: 1, clause: null, point: null, quote: null }],
    tags: ['trẻ em'],
    difficulty: 1,
    audience: 'MOI_NGUOI',
    visibility: 'PUBLIC',
    scoring: null,
    imageUrl: null,
  });
  await call(authorApi, 'POST', `/api/questions/${q.id}/actions/submit`);
  return q.id;
}

/** Opens a question of the review queue (the oldest opens by itself; another one on request). */
async function openInQueue(page: Page, id: number): Promise<void> {
  const card = page.locator('.review-card', { hasText: `Câu hỏi số ${id}` });
  await page.locator('.review-card').first().waitFor();
  if (!(await card.isVisible())) {
    await page.getByRole('button', { name: `Mở để duyệt (Câu hỏi số ${id})` }).click();
  }
  await card.waitFor();
}

describe(`each role's own home at ${BASE_URL}`, () => {
  it('a teacher lands on their sets and games, with hosting and the bank in the menu', async () => {
    const page = await signInHome(teacher.email);
    expect(new URL(page.url()).pathname).toBe('/giao-vien');
    await heading(page).filter({ hasText: 'Lớp học của tôi' }).waitFor();
    await page.getByRole('heading', { name: /Bộ câu hỏi của tôi/ }).waitFor();
    const links = await menu(page).getByRole('link').allTextContents();
    expect(links).toContain('Tổ chức trò chơi');
    expect(links).not.toContain('Tổ chức cuộc thi');
  });

  it('an author lands on their questions', async () => {
    const page = await signInHome(author.email);
    expect(new URL(page.url()).pathname).toBe('/tac-gia');
    await heading(page).filter({ hasText: 'Câu hỏi của tôi' }).waitFor();
    await page.getByRole('heading', { name: /Bị trả lại, cần sửa/ }).waitFor();
  });

  it('a reviewer lands on the review queue', async () => {
    const page = await signInHome(reviewer.email);
    expect(new URL(page.url()).pathname).toBe('/bank/review');
    await heading(page).filter({ hasText: 'Duyệt câu hỏi' }).waitFor();
  });

  it('an organiser lands on their contests, never on "Không đủ quyền", and sees no screen they cannot use', async () => {
    const page = await signInHome(organiser.email);
    expect(new URL(page.url()).pathname).toBe('/cuoc-thi-cua-toi');
    await heading(page).filter({ hasText: 'Cuộc thi của tôi' }).waitFor();
    expect(await page.getByText('Không đủ quyền').count()).toBe(0);
    const links = await menu(page).getByRole('link').allTextContents();
    expect(links).toContain('Tổ chức cuộc thi');
    expect(links).not.toContain('Tổ chức trò chơi');
    expect(links).not.toContain('Ngân hàng câu hỏi');
  });

  it('an admin lands on the admin area: accounts, the registry, the organisations', async () => {
    const page = await signInHome(ADMIN_EMAIL, ADMIN_PASSWORD);
    expect(new URL(page.url()).pathname).toBe('/quan-tri');
    await heading(page).filter({ hasText: 'Tài khoản' }).waitFor();
    const area = page.getByRole('navigation', { name: 'Quản trị' });
    await area.getByRole('link', { name: 'Danh mục văn bản pháp luật' }).click();
    await heading(page).filter({ hasText: 'Văn bản pháp luật' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/quan-tri/van-ban');
    expect(await menu(page).getByRole('link', { name: 'Tổ chức, đơn vị' }).count()).toBe(1);
    // A new account starts with no role ticked, and one is required.
    await area.getByRole('link', { name: 'Tài khoản' }).click();
    const form = page.locator('form', { has: page.getByRole('button', { name: 'Tạo tài khoản', exact: true }) });
    expect(await form.locator('input[type=checkbox]:checked').count()).toBe(0);
    await form.getByLabel('Email').fill(`chua-vai-tro-${RUN}@luatvui.test`);
    await form.getByLabel('Tên hiển thị').fill('Chưa vai trò');
    await form.getByRole('button', { name: 'Tạo tài khoản', exact: true }).click();
    await form.getByText('Hãy chọn ít nhất một vai trò.').waitFor();
  });

  it('an admin invites a teacher who chooses a password from the link and lands on their home', async () => {
    const invited = person('moi-giao-vien-vt', 'Giáo viên được mời');
    const admin = await signInHome(ADMIN_EMAIL, ADMIN_PASSWORD);
    const form = admin.locator('form', { has: admin.getByRole('button', { name: 'Tạo tài khoản', exact: true }) });
    await form.getByLabel('Email').fill(invited.email);
    await form.getByLabel('Tên hiển thị').fill(invited.displayName);
    await form.getByRole('checkbox', { name: /^Người dẫn trò chơi/ }).check();
    await form.getByRole('button', { name: 'Tạo tài khoản', exact: true }).click();
    const link = admin.getByLabel(`Liên kết đặt mật khẩu cho ${invited.email}`);
    await link.waitFor();
    const url = await link.inputValue();
    expect(url).toContain('/dat-mat-khau#');

    const page = await pages.open({ width: 390, height: 844 });
    await page.goto(url);
    await page.getByText(`tài khoản ${invited.email}`).waitFor();
    await page.getByLabel('Mật khẩu mới', { exact: true }).fill('matkhau123456');
    await page.getByLabel('Nhập lại mật khẩu mới').fill('matkhau123456');
    await page.getByRole('button', { name: 'Đặt mật khẩu' }).click();
    await page.getByRole('alert').filter({ hasText: 'danh sách mật khẩu phổ biến' }).waitFor();
    const chosen = `phan-trang-bang-den-${RUN}`;
    await page.getByLabel('Mật khẩu mới', { exact: true }).fill(chosen);
    await page.getByLabel('Nhập lại mật khẩu mới').fill(chosen);
    await page.getByRole('button', { name: 'Đặt mật khẩu' }).click();
    await page.waitForURL((u) => u.pathname === '/login');
    expect(await page.getByLabel('Email').inputValue()).toBe(invited.email);
    await page.getByLabel('Mật khẩu').fill(chosen);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL((u) => u.pathname === '/giao-vien');

    const reused = await pages.open({ width: 390, height: 844 });
    await reused.goto(url);
    await reused.getByText('đã được dùng hoặc đã hết hạn').waitFor();
  });

  it('the editor’s action bar never covers the document picker', async () => {
    const page = await signInHome(author.email);
    await page.goto(`${BASE_URL}/bank/new`);
    await heading(page).waitFor();
    const bar = page.locator('.sticky-actions');
    const toggle = page.locator('.editor-form [aria-controls][aria-expanded]').last();
    await toggle.scrollIntoViewIfNeeded();
    await toggle.click();
    await page.locator('.editor-form [aria-expanded="true"]').first().waitFor();
    expect(await bar.evaluate((e) => getComputedStyle(e).position)).toBe('static');
    const panelId = (await page.locator('.editor-form [aria-expanded="true"]').first().getAttribute('aria-controls'))!;
    const panel = await page.locator(`[id="${panelId}"]`).boundingBox();
    const barBox = await bar.boundingBox();
    expect(panel && barBox && panel.y + panel.height <= barBox.y).toBe(true);
  });

  it('someone who is author and reviewer switches between their two homes', async () => {
    const page = await signInHome(both.email);
    expect(new URL(page.url()).pathname).toBe('/bank/review');
    await menu(page).getByRole('link', { name: /^Câu hỏi của tôi/ }).click();
    await heading(page).filter({ hasText: 'Câu hỏi của tôi' }).waitFor();
    await page.getByRole('navigation', { name: 'Trang của tôi theo vai trò' }).getByRole('link', { name: 'Duyệt câu hỏi' }).click();
    await heading(page).filter({ hasText: 'Duyệt câu hỏi' }).waitFor();
  });
});

describe(`the return loop at ${BASE_URL}`, () => {
  it('returned with a comment, fixed, resubmitted with a diff, approved, and the next question opens', async () => {
    const text = `Theo Luật Trẻ em, ai là trẻ em? (vòng trả lại ${RUN})`;
    const first = await submitted(text, 'Trẻ em là người dưới 16 tuổi.');
    const comment = `Hãy nêu rõ số hiệu và năm của Luật Trẻ em trong phần giải thích (${RUN}).`;

    // The reviewer sees the whole question, the cited article's text, and returns it with a comment.
    const review = await signInHome(reviewer.email);
    expect(Number(await review.locator('.bank-nav .nav-count').textContent())).toBeGreaterThanOrEqual(1);
    await openInQueue(review, first);
    const card = review.locator('.review-card', { hasText: `Câu hỏi số ${first}` });
    await card.locator('.article-text', { hasText: 'Trẻ em là người dưới 16 tuổi.' }).waitFor();
    expect(await card.locator('.option.correct').textContent()).toContain('Dưới 16 tuổi');
    await card.getByRole('button', { name: `Trả lại (Câu hỏi số ${first})` }).click();
    await card.getByLabel('Lý do trả lại (bắt buộc)').fill(comment);
    await card.getByRole('button', { name: 'Trả lại cho tác giả' }).click();
    await review.getByRole('status').filter({ hasText: `số ${first}` }).waitFor();

    // The author lands on their home: a count in the menu, "Bị trả lại" and the comment.
    const page = await signInHome(author.email);
    await menu(page).locator('.nav-count').waitFor();
    const row = page.locator('.q-row', { hasText: text });
    expect(await row.locator('.badge').first().textContent()).toBe('Bị trả lại');
    expect(await row.locator('.return-comment').textContent()).toContain(comment);
    await row.getByRole('link', { name: /Sửa và gửi lại/ }).click();
    const note = page.locator('.return-note');
    await note.waitFor();
    expect(await note.textContent()).toContain(comment);
    const fixed = 'Theo Điều 1 Luật Trẻ em số 102/2016/QH13, trẻ em là người dưới 16 tuổi.';
    await page.getByLabel('Giải thích').fill(fixed);
    await page.getByRole('button', { name: 'Lưu và gửi duyệt' }).click();
    await heading(page).filter({ hasText: 'Đã gửi duyệt' }).waitFor();
    expect(await page.getByRole('button', { name: 'Soạn câu hỏi tiếp' }).isVisible()).toBe(true);

    // Another question waits behind it.
    const second = await submitted(`Luật Trẻ em áp dụng cho ai? (vòng trả lại ${RUN})`, 'Trẻ em là người dưới 16 tuổi.');

    // The reviewer sees "Gửi lại" and what changed, approves, and the next question opens by itself.
    await review.reload();
    await openInQueue(review, first);
    const again = review.locator('.review-card', { hasText: `Câu hỏi số ${first}` });
    expect(await again.locator('h3 .badge').textContent()).toBe('Gửi lại');
    await again.locator('.diff ins', { hasText: fixed }).waitFor();
    expect(await again.locator('.diff del').first().textContent()).toContain('Trẻ em là người dưới 16 tuổi.');
    const approve = again.getByRole('button', { name: `Duyệt (Câu hỏi số ${first})` });
    await again.locator('.article-text').waitFor();
    await approve.click();
    await review.getByRole('status').filter({ hasText: `Đã duyệt câu hỏi số ${first}.` }).waitFor();
    const next = review.locator('.review-card', { hasText: `Câu hỏi số ${second}` });
    await next.waitFor();
    expect(await review.evaluate(() => document.activeElement?.textContent ?? '')).toContain(`Câu hỏi số ${second}`);
  });
});
