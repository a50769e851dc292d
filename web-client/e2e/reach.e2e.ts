import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_EMAIL, ADMIN_PASSWORD, PASSWORD, RUN, call, signInApi, type Session } from './api';
import { BASE_URL, BrowserPages } from './browser';
import { PHONE_SCREEN, createGame, fourChoiceSet, watchLoad } from './reach';
import { expectTouchTargets } from './targets';

// A student's phone on /play: what the page costs, a wrong PIN said before the nickname, the answers
// in view on a small screen, and the host's projector page fitting a 1920×1080 screen.
const host = { email: `may-chieu-${RUN}@luatvui.test`, displayName: `Thầy Phong ${RUN}` };
const PLAYER_BUDGET_BYTES = 35 * 1024;
const PROJECTOR = { width: 1920, height: 1080 };
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const pages = new BrowserPages();
let hostApi: Session;
let setId = 0;

beforeAll(async () => {
  const admin = await signInApi(ADMIN_EMAIL, ADMIN_PASSWORD);
  await call(admin, 'POST', '/api/users', { ...host, password: PASSWORD, roles: ['HOST'] });
  hostApi = await signInApi(host.email, PASSWORD);
  setId = await fourChoiceSet(hostApi, `Đo tầm với ${RUN}`);
  await pages.launch();
});
afterAll(() => pages.close());

/** WCAG 2.2 AA violations axe finds on the page as it is now: "rule: target" lines. */
async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated by the browser's debugger, not as a page script: the site's CSP allows no inline script.
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, AXE_TAGS);
  return violations;
}

/** A phone on /play with the PIN of the link, once the nickname is asked. */
async function playerAtNickname(pin: string): Promise<Page> {
  const page = await pages.open(PHONE_SCREEN);
  await page.goto(`${BASE_URL}/play?pin=${pin}`);
  await page.locator('#play-nickname').waitFor();
  return page;
}

const verticalOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollHeight - document.documentElement.clientHeight);

describe(`the player's reach at ${BASE_URL}`, () => {
  it('loads /play in under 35 KB, without asking who is signed in', async () => {
    const page = await pages.open(PHONE_SCREEN);
    const { load } = await watchLoad(page);
    const statuses: number[] = [];
    page.on('response', (r) => statuses.push(r.status()));
    await page.goto(`${BASE_URL}/play`);
    await page.getByRole('button', { name: 'Tiếp tục' }).waitFor();
    await page.waitForLoadState('networkidle');
    const { requests, bytes } = load();
    const urls = requests.map((r) => new URL(r.url).pathname);
    expect(urls.filter((u) => u.startsWith('/api/'))).toEqual([]);
    expect(statuses.filter((s) => s >= 400)).toEqual([]);
    expect(urls.filter((u) => /\.(woff2?|ttf|otf)$/.test(u)), 'no web font').toEqual([]);
    expect(bytes, urls.join(' ')).toBeLessThanOrEqual(PLAYER_BUDGET_BYTES);
    expect(bytes).toBeGreaterThan(0);
  });

  it('says a wrong PIN at once, before asking for a nickname', async () => {
    const game = await createGame(hostApi, setId);
    const wrong = game.pin === '100000' ? '100001' : '100000';
    const page = await pages.open(PHONE_SCREEN);
    await page.goto(`${BASE_URL}/play?pin=${wrong}`);
    await page.locator('#play-pin-error').filter({ hasText: 'Không có trò chơi nào với mã PIN này.' }).waitFor();
    expect(await page.locator('#play-nickname').count()).toBe(0);
    expect(await axeViolations(page), 'the PIN step').toEqual([]);
    await expectTouchTargets(page, 'the PIN step');

    // The right PIN typed instead: checked, then the nickname is asked.
    await page.getByRole('textbox', { name: 'Mã PIN trò chơi' }).fill(game.pin);
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await page.getByRole('textbox', { name: 'Biệt danh' }).waitFor();
    expect(await page.locator('.pin-display').textContent()).toContain(game.pin.slice(0, 3));
    expect(await axeViolations(page), 'the nickname step').toEqual([]);
    await expectTouchTargets(page, 'the nickname step');
  });

  it('shows all four answers on a 360×640 phone, long ones too, and the host fits a 1920×1080 projector', async () => {
    const game = await createGame(hostApi, setId);
    const hostPage = await pages.open(PROJECTOR, hostApi);
    await hostPage.goto(`${BASE_URL}/host/${game.gameId}`);
    await hostPage.getByRole('button', { name: 'Bắt đầu' }).waitFor();
    // Projector mode: no site menu and no account name on the projected page.
    expect(await hostPage.locator('.site-header').isVisible()).toBe(false);
    expect(await hostPage.locator('body').innerText()).not.toContain(host.displayName);
    expect(await axeViolations(hostPage), 'host lobby').toEqual([]);

    const phone = await playerAtNickname(game.pin);
    await phone.getByRole('textbox', { name: 'Biệt danh' }).fill('Lan Anh');
    await phone.getByRole('button', { name: 'Vào phòng' }).click();
    await phone.getByRole('heading', { name: 'Bạn đã vào phòng!' }).waitFor();
    expect(await axeViolations(phone), 'player lobby').toEqual([]);
    await expectTouchTargets(phone, 'player lobby');
    await hostPage.getByRole('button', { name: 'Bắt đầu' }).click();

    const answers = phone.locator('.answer-button');
    await answers.nth(3).waitFor();
    const inView = async () => {
      const box = await answers.nth(3).boundingBox();
      return !!box && box.y >= 0 && box.y + box.height <= PHONE_SCREEN.height;
    };
    expect(await inView(), 'the 4th answer, short texts').toBe(true);
    expect(await verticalOverflow(phone)).toBeLessThanOrEqual(0);
    const smallest = await answers.evaluateAll((els) => Math.min(...els.map((e) => e.getBoundingClientRect().height)));
    expect(smallest, 'touch target height').toBeGreaterThanOrEqual(44);
    expect(await axeViolations(phone), 'player question').toEqual([]);
    await expectTouchTargets(phone, 'player question');

    // The longest texts the bank allows: a 2,000-character question and 1,000-character answers.
    await phone.evaluate(() => {
      document.querySelector('#play-heading')!.textContent = 'Căn cứ Luật Trẻ em, hãy cho biết '.repeat(61).slice(0, 2000);
      for (const el of document.querySelectorAll('.answer-text')) el.textContent = 'Phương án trả lời rất dài '.repeat(39).slice(0, 1000);
    });
    expect(await inView(), 'the 4th answer, 1,000-character texts').toBe(true);
    expect(await verticalOverflow(phone)).toBeLessThanOrEqual(0);
    expect(await answers.evaluateAll((els) => Math.min(...els.map((e) => e.getBoundingClientRect().height)))).toBeGreaterThanOrEqual(44);
    // The long answer scrolls inside its button; tapping it still answers.
    const text = phone.locator('.answer-text').nth(3);
    expect(await text.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);

    // The host's question fits the projector.
    await hostPage.locator('.host-tiles .tile').nth(3).waitFor();
    expect(await verticalOverflow(hostPage), 'host question').toBeLessThanOrEqual(0);
    expect(await axeViolations(hostPage), 'host question').toEqual([]);

    // Tapping the long answer answers; the only player has answered, so the reveal follows.
    await answers.nth(3).click();
    await phone.locator('.law-card').waitFor();
    expect(await axeViolations(phone), 'player reveal').toEqual([]);
    await expectTouchTargets(phone, 'player reveal');
    await hostPage.locator('.reveal-body').waitFor();
    expect(await verticalOverflow(hostPage), 'host reveal').toBeLessThanOrEqual(0);
    expect(await hostPage.locator('#host-next').isVisible()).toBe(true);
    const next = await hostPage.locator('#host-next').boundingBox();
    expect(next!.y + next!.height).toBeLessThanOrEqual(PROJECTOR.height);
    expect(await axeViolations(hostPage), 'host reveal').toEqual([]);
  });
});
