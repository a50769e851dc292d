import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_EMAIL, ADMIN_PASSWORD, PASSWORD, RUN, call, signInApi, type Session } from './api';
import { reference, usable, type BankQuestion, type Citation } from './bankQuestions';
import { BASE_URL, BrowserPages } from './browser';
import { expectTouchTargets } from './targets';

// A whole live game: a host on a wide screen, three players on phones.
const host = { email: `chu-phong-${RUN}@luatvui.test`, displayName: `Cô giáo ${RUN}` };
const SET_TITLE = `Trò chơi thử ${RUN}`;


/** A played question as the test needs it: the right and a wrong choice, the law. */
interface Played {
  text: string;
  right: string;
  wrong: string;
  explanation: string;
  citation: Citation;
  documentName: string;
}



const pages = new BrowserPages();
let played: Played[] = [];
let setId = 0;
let hostApi: Session;
let questionIds: number[] = [];

beforeAll(async () => {
  const admin = await signInApi(ADMIN_EMAIL, ADMIN_PASSWORD);
  await call(admin, 'POST', '/api/users', { ...host, password: PASSWORD, roles: ['HOST'] });
  hostApi = await signInApi(host.email, PASSWORD);
  const single = await call<{ items: BankQuestion[] }>(hostApi, 'GET', '/api/questions?status=APPROVED&type=SINGLE_CHOICE&size=30');
  const trueFalse = await call<{ items: BankQuestion[] }>(hostApi, 'GET', '/api/questions?status=APPROVED&type=TRUE_FALSE&size=30');
  const chosen = [...single.items.filter(usable).slice(0, 3), ...trueFalse.items.filter(usable).slice(0, 1)];
  expect(chosen.length, 'approved starter-bank questions').toBe(4);
  const registry = await call<{ number: string; name: string }[]>(null, 'GET', '/api/legal-documents');
  const names = new Map(registry.map((d) => [d.number, d.name]));
  questionIds = chosen.map((q) => q.id);
  played = chosen.map((q) => ({
    text: q.content.text,
    right: q.content.choices.find((c) => c.correct)!.text,
    wrong: q.content.choices.find((c) => !c.correct)!.text,
    explanation: q.content.explanation!,
    citation: q.content.citations[0],
    documentName: names.get(q.content.citations[0].document) ?? '',
  }));
  const set = await call<{ set: { id: number } }>(hostApi, 'POST', '/api/question-sets', {
    title: SET_TITLE,
    description: 'Bộ câu hỏi của bài kiểm thử trò chơi trực tiếp.',
    shared: false,
    items: chosen.map((q) => ({ questionId: q.id, timeLimitSeconds: 10, points: 1000 })),
  });
  setId = set.set.id;
  await pages.launch();
});
afterAll(() => pages.close());

function newPage(viewport: { width: number; height: number }, session?: Session): Promise<Page> {
  return pages.open(viewport, session);
}

/** A player on a phone who joins `pin` as `name` and waits in the lobby. */
async function join(pin: string, name: string): Promise<Page> {
  const page = await newPage(PHONE);
  await page.goto(`${BASE_URL}/play?pin=${pin}`);
  await page.getByLabel('Biệt danh').fill(name);
  await page.getByRole('button', { name: 'Vào phòng' }).click();
  await page.getByRole('heading', { name: 'Bạn đã vào phòng!' }).waitFor();
  return page;
}

const PHONE = { width: 360, height: 740 };

/** The answer button whose text is exactly `text`. */
function answerButton(page: Page, text: string): Locator {
  return page.locator('.answer-button').filter({ has: page.locator('.answer-text', { hasText: new RegExp(`^${escapeRegExp(text)}$`) }) });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const noOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe(`live game at ${BASE_URL}`, () => {
  it('a host runs a game for three players, with the law shown after every question', async () => {
    // The host signs in on the way to /host, picks the set and creates the game.
    const hostPage = await newPage({ width: 1366, height: 900 });
    await hostPage.goto(`${BASE_URL}/host`);
    await hostPage.waitForURL((url) => url.pathname === '/login');
    await hostPage.getByLabel('Email').fill(host.email);
    await hostPage.getByLabel('Mật khẩu').fill(PASSWORD);
    await hostPage.getByRole('button', { name: 'Đăng nhập' }).click();
    await hostPage.waitForURL((url) => url.pathname === '/host');
    await hostPage.getByRole('radio', { name: new RegExp(SET_TITLE) }).check();
    await hostPage.getByText('Tuỳ chọn trò chơi').click();
    await hostPage.getByRole('radio', { name: /Chính xác trước hết/ }).check();
    await hostPage.getByLabel('Thời gian đọc câu hỏi trước khi mở trả lời (giây)').fill('0');
    await hostPage.getByRole('button', { name: 'Tạo trò chơi' }).click();
    await hostPage.waitForURL(/\/host\/\d+$/);
    const gameId = Number(new URL(hostPage.url()).pathname.split('/').pop());
    const pinText = (await hostPage.locator('.lobby-pin').textContent())!;
    const pin = pinText.replace(/\s/g, '');
    expect(pin).toMatch(/^\d{6,7}$/);
    expect(await hostPage.locator('.lobby-url').textContent()).toContain(`/play?pin=${pin}`);
    expect(await hostPage.locator('.qr svg path').count()).toBe(1);
    expect(await hostPage.getByRole('button', { name: 'Bắt đầu' }).isDisabled()).toBe(true);

    // Three players join from the link, one with a Vietnamese name with diacritics.
    const names = ['An', 'Bình', 'Trần Thị Ánh'];
    const players: Page[] = [];
    for (const name of names) {
      const page = await newPage(PHONE);
      await page.goto(`${BASE_URL}/play?pin=${pin}`);
      await page.getByLabel('Biệt danh').fill(name);
      await page.getByRole('button', { name: 'Vào phòng' }).click();
      await page.getByRole('heading', { name: 'Bạn đã vào phòng!' }).waitFor();
      expect(await page.locator('.nickname-badge').textContent()).toBe(name);
      expect(await noOverflow(page), `${name} lobby`).toBeLessThanOrEqual(0);
      if (players.length === 0) await expectTouchTargets(page, 'waiting in the lobby');
      players.push(page);
    }
    const [wrong, right1, right2] = players;

    // A taken nickname is refused at the field.
    const late = await newPage(PHONE);
    await late.goto(`${BASE_URL}/play?pin=${pin}`);
    await late.getByLabel('Biệt danh').fill('bình');
    await late.getByRole('button', { name: 'Vào phòng' }).click();
    await late.locator('#play-nickname-error').filter({ hasText: /đã có người dùng/ }).waitFor();
    expect(await late.getByLabel('Biệt danh').getAttribute('aria-invalid')).toBe('true');
    await expectTouchTargets(late, 'the nickname step');
    await late.context().close();

    // The host sees them all, and starts.
    const chips = hostPage.locator('.player-chip .chip-name');
    await expect.poll(() => chips.allTextContents()).toEqual(names);
    await hostPage.getByRole('button', { name: 'Bắt đầu' }).click();

    let rightScore = 0;
    for (const [i, q] of played.entries()) {
      const number = `Câu ${i + 1}/${played.length}`;
      await hostPage.locator('.host-question', { hasText: q.text }).waitFor();
      for (const page of players) await page.locator('#play-heading', { hasText: q.text }).waitFor();
      expect(await players[0].locator('.question-number').textContent()).toBe(number);
      expect(await players[0].locator('.answer-button svg.shape').count()).toBeGreaterThanOrEqual(2);
      if (i === 0) await expectTouchTargets(players[0], 'a question');

      if (i === 2) {
        // One player reloads in the middle of the game and comes back with the same score.
        const before = await right2.locator('.player-score').textContent();
        await right2.reload();
        await right2.locator('#play-heading', { hasText: q.text }).waitFor();
        expect(await right2.locator('.player-score').textContent()).toBe(before);
        expect(await right2.locator('.player-name').textContent()).toBe(names[2]);
      }

      await answerButton(wrong, q.wrong).click();
      await wrong.locator('.answered-note', { hasText: 'Đã gửi câu trả lời, chờ kết quả…' }).waitFor();
      if (i === 0) await expectTouchTargets(wrong, 'answered');
      await answerButton(right1, q.right).click();
      await right1.locator('.answered-note', { hasText: 'Đã gửi câu trả lời, chờ kết quả…' }).waitFor();
      await expect.poll(() => hostPage.locator('.answer-count-number').textContent()).toBe('2');

      const last = i === played.length - 1;
      if (last) {
        // The host does not wait for the third player: "Đóng câu trả lời" closes answers now.
        await hostPage.getByRole('button', { name: 'Đóng câu trả lời' }).click();
      } else {
        // The last answer closes the question by itself.
        await answerButton(right2, q.right).click();
      }

      // The reveal: on the projector the chart, the right answer, the law and the explanation.
      const law = hostPage.locator('.host-law');
      await law.waitFor();
      const citation = (await law.locator('.citation').first().textContent())!;
      expect(citation).toContain(reference(q.citation));
      expect(citation).toContain(q.citation.document);
      if (q.documentName) expect(citation).toContain(q.documentName);
      expect(await law.locator('.explanation').textContent()).toBe(q.explanation);
      expect(await hostPage.locator('.chart-row.correct .chart-label').textContent()).toContain(q.right);
      expect(await hostPage.locator('.reveal-percent').textContent()).toBe(last ? '33% trả lời đúng' : '67% trả lời đúng');

      // On each phone: right or wrong, the points, and the same law.
      rightScore += 1000;
      await wrong.getByRole('heading', { name: /Chưa đúng/ }).waitFor();
      expect(await wrong.locator('.verdict-points').textContent()).toContain('+0 điểm');
      await right1.getByRole('heading', { name: /Chính xác!/ }).waitFor();
      expect(await right1.locator('.verdict-points').textContent()).toContain('+1.000 điểm');
      if (last) await right2.getByRole('heading', { name: /Bạn chưa trả lời câu này/ }).waitFor();
      else await right2.getByRole('heading', { name: /Chính xác!/ }).waitFor();
      for (const page of players) {
        expect(await page.locator('.law-card .citation').first().textContent()).toBe(citation);
        expect(await noOverflow(page)).toBeLessThanOrEqual(0);
      }
      expect(await right1.locator('.my-standing').textContent()).toContain(`Tổng điểm: ${rightScore.toLocaleString('vi-VN')}`);
      if (i === 0) await expectTouchTargets(right1, 'the reveal');

      // On to the scoreboard, then the next question (or the podium).
      await hostPage.getByRole('button', { name: 'Xem bảng xếp hạng' }).click();
      await hostPage.getByRole('heading', { name: 'Bảng xếp hạng' }).waitFor();
      await right1.getByRole('heading', { name: 'Bảng xếp hạng' }).waitFor();
      if (i === 0) await expectTouchTargets(right1, 'the leaderboard');
      expect(await hostPage.locator('.ranking-name').first().textContent()).toBe('Bình');
      await hostPage.getByRole('button', { name: last ? 'Bục vinh quang' : 'Câu tiếp theo' }).click();
    }

    // The podium on the projector, the final rank on each phone.
    await hostPage.getByRole('heading', { name: 'Bục vinh quang' }).waitFor();
    expect(await hostPage.locator('.podium-name').allTextContents()).toEqual(['Bình', 'Trần Thị Ánh', 'An']);
    await right1.locator('.final-rank', { hasText: 'Bạn xếp hạng 1/3' }).waitFor();
    await right2.locator('.final-rank', { hasText: 'Bạn xếp hạng 2/3' }).waitFor();
    await wrong.locator('.final-rank', { hasText: 'Bạn xếp hạng 3/3' }).waitFor();
    expect(await right1.getByText('Trả lời đúng 4/4 câu').isVisible()).toBe(true);
    expect(await right2.getByText('Trả lời đúng 3/4 câu').isVisible()).toBe(true);
    await expectTouchTargets(right1, 'the podium');

    await hostPage.getByRole('button', { name: 'Kết thúc trò chơi' }).click();
    await hostPage.getByRole('heading', { name: 'Trò chơi kết thúc' }).waitFor();
    expect(await hostPage.getByRole('link', { name: 'Xem báo cáo' }).getAttribute('href')).toBe(`/host/${gameId}/report`);

    // The report: players by rank, and the question the class should go over again.
    await hostPage.getByRole('link', { name: 'Xem báo cáo' }).click();
    await hostPage.getByRole('heading', { name: `Báo cáo: ${SET_TITLE}` }).waitFor();
    const table = hostPage.locator('.table');
    for (let i = 0; i < 20 && !(await table.isVisible()); i++) {
      if (await hostPage.getByRole('button', { name: 'Tải lại' }).isVisible()) await hostPage.getByRole('button', { name: 'Tải lại' }).click();
      await hostPage.waitForTimeout(500);
    }
    expect(await table.locator('tbody th').allTextContents()).toEqual(['Bình', 'Trần Thị Ánh', 'An']);
    expect(await hostPage.locator('#report-review + ul').textContent()).toContain(`Câu 4 (33% đúng): ${played[3].text}`);
    expect(setId).toBeGreaterThan(0);
  });

  it('the host removes and bans, locks the room, pauses, reloads, skips and ends early', async () => {
    const set = await call<{ set: { id: number } }>(hostApi, 'POST', '/api/question-sets', {
      title: `Điều khiển thử ${RUN}`,
      description: null,
      shared: false,
      items: questionIds.slice(0, 2).map((questionId) => ({ questionId, timeLimitSeconds: 60, points: 1000 })),
    });
    const game = await call<{ gameId: number; pin: string }>(hostApi, 'POST', '/api/games', {
      setId: set.set.id,
      scoring: 'KAHOOT',
      lateJoinAllowed: false,
      leadInSeconds: 0,
      leaderboardShown: false,
    });
    const hostPage = await newPage({ width: 1280, height: 800 }, hostApi);
    await hostPage.goto(`${BASE_URL}/host/${game.gameId}`);
    await hostPage.locator('.lobby-pin').waitFor();

    const kien = await join(game.pin, 'Kiên');
    const mai = await join(game.pin, 'Mai');
    const chips = hostPage.locator('.player-chip .chip-name');
    await expect.poll(() => chips.allTextContents()).toEqual(['Kiên', 'Mai']);

    // Ban: after a confirmation the player is out, and the nickname cannot come back.
    await hostPage.getByRole('button', { name: 'Chặn Kiên: mời ra và chặn biệt danh này' }).click();
    await hostPage.getByRole('dialog').getByRole('button', { name: 'Chặn' }).click();
    await kien.getByRole('heading', { name: 'Bạn đã rời trò chơi' }).waitFor();
    expect(await kien.locator('.notice').textContent()).toBe('Bạn đã bị chủ phòng mời ra khỏi trò chơi.');
    await expect.poll(() => chips.allTextContents()).toEqual(['Mai']);
    await kien.getByRole('button', { name: 'Vào trò chơi khác' }).click();
    // The PIN is asked again (filled in) and checked before the nickname.
    await kien.getByRole('button', { name: 'Tiếp tục' }).click();
    await kien.getByLabel('Biệt danh').fill('kien');
    await kien.getByRole('button', { name: 'Vào phòng' }).click();
    await kien.locator('#play-nickname-error').filter({ hasText: 'chặn' }).waitFor();

    // A locked room takes nobody, at the PIN field.
    await hostPage.getByRole('button', { name: 'Khoá phòng' }).click();
    await expect.poll(() => hostPage.getByRole('button', { name: 'Khoá phòng' }).getAttribute('aria-pressed')).toBe('true');
    await hostPage.getByText('Phòng đã khoá: không ai vào thêm được').waitFor();
    await kien.getByLabel('Biệt danh').fill('Khánh');
    await kien.getByRole('button', { name: 'Vào phòng' }).click();
    await kien.locator('#play-pin-error').filter({ hasText: 'Phòng đã khóa.' }).waitFor();

    await hostPage.getByRole('button', { name: 'Bắt đầu' }).click();
    await mai.locator('.answer-button').first().waitFor();

    // Pause: the phone shows it and takes no answer; resume gives the answers back.
    await hostPage.getByRole('button', { name: 'Tạm dừng' }).click();
    await mai.locator('.paused-overlay').waitFor();
    expect(await mai.locator('.answer-button').first().isDisabled()).toBe(true);
    const frozen = await hostPage.locator('.countdown-number').textContent();
    await hostPage.waitForTimeout(1500);
    expect(await hostPage.locator('.countdown-number').textContent()).toBe(frozen);
    await hostPage.getByRole('button', { name: 'Tiếp tục' }).click();
    await mai.locator('.paused-overlay').waitFor({ state: 'detached' });
    expect(await mai.locator('.answer-button').first().isEnabled()).toBe(true);

    // The host's page reloads: it comes back to the same question.
    const question = await hostPage.locator('.host-question').textContent();
    await hostPage.reload();
    await hostPage.locator('.host-question').waitFor();
    expect(await hostPage.locator('.host-question').textContent()).toBe(question);
    expect(await hostPage.locator('.answer-count-number').textContent()).toBe('0');

    // Skip: on to the second question, unscored.
    await hostPage.getByRole('button', { name: 'Bỏ qua câu này' }).click();
    await mai.locator('.question-number', { hasText: 'Câu 2/2' }).waitFor();

    // End early, after a confirmation: the podium on both screens.
    await hostPage.getByRole('button', { name: 'Kết thúc sớm' }).click();
    await hostPage.getByRole('dialog').getByRole('button', { name: 'Kết thúc sớm' }).click();
    await hostPage.getByRole('heading', { name: 'Bục vinh quang' }).waitFor();
    await mai.locator('.final-rank', { hasText: 'Bạn xếp hạng 1/1' }).waitFor();
    expect(await mai.getByText('Trả lời đúng 0/2 câu').isVisible()).toBe(true);
    await hostPage.getByRole('button', { name: 'Kết thúc trò chơi' }).click();
    await hostPage.getByRole('heading', { name: 'Trò chơi kết thúc' }).waitFor();
    await mai.getByText('Giáo viên đã kết thúc trò chơi sớm.').waitFor();
  });

  it('a phone may name its class when joining a game hosted by the school, and may leave it out', async () => {
    const admin = await signInApi(ADMIN_EMAIL, ADMIN_PASSWORD);
    const teacher = { email: `co-truong-${RUN}@luatvui.test`, displayName: `Cô Hạnh ${RUN}` };
    await call(admin, 'POST', '/api/users', { ...teacher, password: PASSWORD, roles: ['HOST'] });
    await call(admin, 'POST', '/api/orgs/import', {
      csv: `ma,ten,loai,ma_cap_tren\nTRG-${RUN},Trường Kiểm thử ${RUN},Trường học,\nL7A-${RUN},Lớp 7A ${RUN},Khác,TRG-${RUN}\n`,
    });
    const school = (await call<{ id: number; code: string }[]>(admin, 'GET', '/api/orgs')).find((n) => n.code === `TRG-${RUN}`)!;
    await call(admin, 'PUT', `/api/orgs/${school.id}/staff`, { email: teacher.email });
    const teacherApi = await signInApi(teacher.email, PASSWORD);
    const set = await call<{ set: { id: number } }>(teacherApi, 'POST', '/api/question-sets', {
      title: `Tiết học của lớp ${RUN}`,
      description: null,
      shared: false,
      items: questionIds.slice(0, 1).map((questionId) => ({ questionId, timeLimitSeconds: 60, points: 1000 })),
    });
    const game = await call<{ gameId: number; pin: string }>(teacherApi, 'POST', '/api/games', { setId: set.set.id, leadInSeconds: 0 });

    const phone = await newPage(PHONE);
    await phone.goto(`${BASE_URL}/play?pin=${game.pin}`);
    const unit = phone.getByLabel('Đơn vị của bạn (không bắt buộc)');
    await unit.waitFor();
    expect(await unit.locator('option').allTextContents()).toEqual(['Không chọn', `Trường Kiểm thử ${RUN}`, `Lớp 7A ${RUN}`]);
    expect(await unit.inputValue(), 'nothing chosen unless the player chooses').toBe('');
    await unit.selectOption({ label: `Lớp 7A ${RUN}` });
    await phone.getByLabel('Biệt danh').fill('Hòa');
    expect(await noOverflow(phone), 'the join form with the unit on a 360 px phone').toBeLessThanOrEqual(0);
    await phone.getByRole('button', { name: 'Vào phòng' }).click();
    await phone.getByRole('heading', { name: 'Bạn đã vào phòng!' }).waitFor();

    // Without a unit the join is the same as ever.
    const other = await join(game.pin, 'Quân');
    expect(await other.locator('.nickname-badge').textContent()).toBe('Quân');
    const hostScreen = await newPage({ width: 1280, height: 800 }, teacherApi);
    await hostScreen.goto(`${BASE_URL}/host/${game.gameId}`);
    await hostScreen.locator('.lobby-pin').waitFor();
    await hostScreen.getByText('Hòa').waitFor();
    await hostScreen.getByText('Quân').waitFor();
    await Promise.all([phone.context().close(), other.context().close(), hostScreen.context().close()]);
  });
});
