import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_EMAIL, ADMIN_PASSWORD, PASSWORD, RUN, call, signInApi, type Session } from './api';
import { BASE_URL, BrowserPages } from './browser';

// A teacher on a fresh install: from sign-in to the first question on the projector with a ready set.
const teacher = { email: `co-giao-${RUN}@luatvui.test`, displayName: `Cô Mai ${RUN}` };
const writer = { email: `thay-giao-${RUN}@luatvui.test`, displayName: `Thầy Nam ${RUN}` };
const READY_SET = 'Quyền và bổn phận của trẻ em';
const WIDE = { width: 1366, height: 900 };
const PHONE = { width: 360, height: 740 };

const pages = new BrowserPages();
let admin: Session;

beforeAll(async () => {
  admin = await signInApi(ADMIN_EMAIL, ADMIN_PASSWORD);
  await call(admin, 'POST', '/api/users', { ...teacher, password: PASSWORD, roles: ['HOST'] });
  await call(admin, 'POST', '/api/users', { ...writer, password: PASSWORD, roles: ['HOST', 'AUTHOR'] });
  await pages.launch();
});
afterAll(() => pages.close());

/** A player on a phone joins the game whose PIN the host screen shows. */
async function joinFrom(hostPage: Page, name: string): Promise<Page> {
  const pin = (await hostPage.locator('.lobby-pin').textContent())!.replace(/\s/g, '');
  const player = await pages.open(PHONE);
  await player.goto(`${BASE_URL}/play?pin=${pin}`);
  await player.getByLabel('Biệt danh').fill(name);
  await player.getByRole('button', { name: 'Vào phòng' }).click();
  await player.getByRole('heading', { name: 'Bạn đã vào phòng!' }).waitFor();
  return player;
}

describe(`teacher journey at ${BASE_URL}`, () => {
  it('a teacher goes from sign-in to the first question of a ready set in at most 7 actions', async () => {
    const host = await pages.open(WIDE);
    let actions = 0;
    const act = async (step: () => Promise<unknown>) => {
      actions += 1;
      await step();
    };

    await act(() => host.goto(`${BASE_URL}/host`));
    await host.waitForURL((url) => url.pathname === '/login');
    await act(() => host.getByLabel('Email').fill(teacher.email));
    await act(() => host.getByLabel('Mật khẩu').fill(PASSWORD));
    await act(() => host.getByRole('button', { name: 'Đăng nhập' }).click());
    await host.waitForURL((url) => url.pathname === '/host');
    await host.getByRole('heading', { name: 'Bộ câu hỏi mẫu' }).waitFor();
    await act(() => host.getByRole('button', { name: `Chơi ngay: ${READY_SET}` }).click());
    await host.waitForURL(/\/host\/\d+$/);

    // A student joins from a phone (the student's taps are not the teacher's).
    const player = await joinFrom(host, 'Minh Khang');
    await host.locator('.player-chip .chip-name', { hasText: 'Minh Khang' }).waitFor();

    await act(() => host.getByRole('button', { name: 'Bắt đầu' }).click());
    await host.locator('.host-question').waitFor();
    expect(await host.locator('.host-question').textContent()).toContain('Theo Luật Trẻ em năm 2016, trẻ em là');
    await player.locator('#play-heading', { hasText: 'Theo Luật Trẻ em năm 2016, trẻ em là' }).waitFor();

    expect(actions).toBe(6);
    expect(actions).toBeLessThanOrEqual(7);
  });

  it('a question not approved is named before the game starts, and one on the same article plays instead', async () => {
    const writerApi = await signInApi(writer.email, PASSWORD);
    const draftText = `Theo Luật Trẻ em năm 2016, người đủ 16 tuổi không còn là trẻ em. (${RUN})`;
    const draft = await call<{ id: number }>(writerApi, 'POST', '/api/questions', {
      type: 'TRUE_FALSE',
      text: draftText,
      choices: [
        { text: 'Đúng', correct: true },
        { text: 'Sai', correct: false },
      ],
      accepted: [],
      explanation: 'Điều 1 Luật Trẻ em năm 2016 quy định trẻ em là người dưới 16 tuổi.',
      citations: [{ document: '102/2016/QH13', article: 1, clause: null, point: null, quote: null }],
      tags: ['trẻ em'],
      difficulty: 1,
      audience: 'MOI_NGUOI',
      visibility: 'PUBLIC',
      scoring: null,
      imageUrl: null,
    });
    const other = await call<{ items: { id: number }[] }>(writerApi, 'GET', '/api/questions?status=APPROVED&document=HP2013&needsReview=false&size=1');
    const title = `Ôn tập trẻ em ${RUN}`;
    await call(writerApi, 'POST', '/api/question-sets', {
      title,
      shared: false,
      items: [draft.id, other.items[0].id].map((questionId) => ({ questionId, timeLimitSeconds: 20, points: 1000 })),
    });

    const host = await pages.open(WIDE, writerApi);
    await host.goto(`${BASE_URL}/host`);
    await host.getByRole('button', { name: `Chơi ngay: ${title}` }).click();
    const warning = host.locator('.play-warning');
    await warning.waitFor();
    expect(await warning.getByRole('heading').textContent()).toBe('1 câu hỏi sẽ không được chơi');
    expect(await warning.textContent()).toContain(`Câu 1: ${draftText}`);
    expect(await warning.textContent()).toContain('Không chơi vì chưa được duyệt');
    const replace = warning.getByRole('checkbox', { name: /Thay bằng câu cùng điều luật: / });
    expect(await replace.isChecked()).toBe(true);
    expect(new URL(host.url()).pathname).toBe('/host');

    await warning.getByRole('button', { name: 'Chơi với 2 câu' }).click();
    await host.waitForURL(/\/host\/\d+$/);
    await joinFrom(host, 'Lan Chi');
    await host.getByRole('button', { name: 'Bắt đầu' }).click();
    const first = host.locator('.host-question');
    await first.waitFor();
    expect(await first.textContent()).not.toContain(draftText);
    expect(await first.textContent()).toMatch(/trẻ em/i);
  });

  it('a teacher searches the bank, ticks questions and plays them at once as a set named after the search', async () => {
    const teacherApi = await signInApi(teacher.email, PASSWORD);
    const host = await pages.open(WIDE, teacherApi);
    await host.goto(`${BASE_URL}/bank?q=mu+bao+hiem`);
    const ticks = host.getByRole('checkbox', { name: 'Chọn để chơi' });
    await ticks.first().waitFor();
    const picked = [(await host.locator('.q-link').nth(0).textContent())!, (await host.locator('.q-link').nth(1).textContent())!];
    await ticks.nth(0).check();
    await ticks.nth(1).check();
    await host.getByRole('button', { name: 'Chơi ngay (2 câu)' }).click();
    await host.waitForURL(/\/host\/\d+$/);

    const sets = await call<{ title: string; questionCount: number; shared: boolean }[]>(teacherApi, 'GET', '/api/question-sets');
    const made = sets.find((s) => s.title === 'Tìm kiếm: mu bao hiem');
    expect(made).toMatchObject({ questionCount: 2, shared: false });

    await joinFrom(host, 'Bảo Anh');
    await host.getByRole('button', { name: 'Bắt đầu' }).click();
    const first = host.locator('.host-question');
    await first.waitFor();
    // The set keeps the order of ticking: the first ticked question is played first.
    expect(await first.textContent()).toContain(picked[0].trim());
  });
});
