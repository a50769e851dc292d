// The player's reach on a weak phone: what /play costs to load and how long a student waits from
// opening the link to the first question's answers, under the network and CPU of a cheap phone on
// a poor mobile connection (CDP throttling). Shared by reach.e2e.ts and the benchmark.
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { call, type Session } from './api';
import { usable, type BankQuestion } from './bankQuestions';
import { BASE_URL } from './browser';

/** A cheap phone on a poor connection: 400 kbit/s each way, 300 ms latency, a CPU four times slower. */
export const WEAK_PHONE = { downloadKbit: 400, uploadKbit: 400, latencyMillis: 300, cpuSlowdown: 4 };
export const PHONE_SCREEN = { width: 360, height: 640 };

export interface PlayLoad {
  /** Every request of the page (not the game's WebSocket), with the bytes that came over the wire. */
  requests: { url: string; bytes: number }[];
  bytes: number;
}

/** Counts what a page loads over the network, from the browser's own accounting. */
export async function watchLoad(page: Page): Promise<{ cdp: CDPSession; load: () => PlayLoad }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const urls = new Map<string, string>();
  const sizes = new Map<string, number>();
  cdp.on('Network.requestWillBeSent', (e) => urls.set(e.requestId, e.request.url));
  cdp.on('Network.loadingFinished', (e) => sizes.set(e.requestId, e.encodedDataLength));
  cdp.on('Network.loadingFailed', (e) => sizes.set(e.requestId, 0));
  return {
    cdp,
    load: () => {
      const requests = [...urls].filter(([, url]) => /^https?:/.test(url)).map(([id, url]) => ({ url, bytes: sizes.get(id) ?? 0 }));
      return { requests, bytes: requests.reduce((sum, r) => sum + r.bytes, 0) };
    },
  };
}

export async function throttle(cdp: CDPSession, phone = WEAK_PHONE): Promise<void> {
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: phone.latencyMillis,
    downloadThroughput: (phone.downloadKbit * 1000) / 8,
    uploadThroughput: (phone.uploadKbit * 1000) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: phone.cpuSlowdown });
}

/** A question set of four-choice questions from the approved starter bank; its id. */
export async function fourChoiceSet(host: Session, title: string, count = 1): Promise<number> {
  const found = await call<{ items: BankQuestion[] }>(host, 'GET', '/api/questions?status=APPROVED&type=SINGLE_CHOICE&size=50');
  const chosen = found.items.filter((q) => usable(q) && q.content.choices.length === 4).slice(0, count);
  if (chosen.length < count) throw new Error('The starter bank has too few approved four-choice questions.');
  const set = await call<{ set: { id: number } }>(host, 'POST', '/api/question-sets', {
    title,
    description: 'Câu hỏi đo thời gian vào chơi trên điện thoại.',
    shared: false,
    items: chosen.map((q) => ({ questionId: q.id, timeLimitSeconds: 60, points: 1000 })),
  });
  return set.set.id;
}

/** A new game of the set with no lead-in: the question opens as soon as the host starts. */
export async function createGame(host: Session, setId: number): Promise<{ gameId: number; pin: string }> {
  return call(host, 'POST', '/api/games', {
    setId,
    scoring: 'KAHOOT',
    lateJoinAllowed: true,
    leadInSeconds: 0,
    leaderboardShown: true,
  });
}

/**
 * The host's screen as a bare socket in a page of the site (signed in, not throttled): it starts
 * the game the moment the first player joins. Resolves once the socket is the game's host.
 */
export async function autoStartingHost(browser: Browser, session: Session, gameId: number): Promise<BrowserContext> {
  const context = await browser.newContext();
  await context.addCookies(
    session.cookie.split('; ').map((pair) => {
      const at = pair.indexOf('=');
      return { name: pair.slice(0, at), value: pair.slice(at + 1), url: BASE_URL };
    }),
  );
  const page = await context.newPage();
  await page.goto(`${BASE_URL}/favicon.svg`);
  await page.evaluate(
    (id) =>
      new Promise<void>((resolve, reject) => {
        const ws = new WebSocket(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws`);
        (window as unknown as { hostSocket: WebSocket }).hostSocket = ws;
        ws.onopen = () => ws.send(JSON.stringify({ type: 'host', v: 1, gameId: id }));
        ws.onmessage = (event) => {
          const frame = JSON.parse(String(event.data)) as { type: string };
          if (frame.type === 'HostWelcome') resolve();
          if (frame.type === 'PlayerJoined') ws.send(JSON.stringify({ type: 'start' }));
          if (frame.type === 'Error') reject(new Error(String(event.data)));
        };
      }),
    gameId,
  );
  return context;
}

export interface ReachRun {
  load: PlayLoad;
  /** First paint of the page (the join form is in the page itself), from navigation start. */
  formPaintMillis: number;
  /** The nickname field is there: the PIN was checked by the room. */
  nicknameReadyMillis: number;
  /** Navigation start to all four answers of the first question visible. */
  answersMillis: number;
}

/**
 * One student: opens /play?pin=… on a throttled phone, types a nickname as soon as it is asked,
 * joins, and waits for the first question's four answers on screen.
 */
export async function playerRun(browser: Browser, pin: string, nickname: string, throttled = true): Promise<ReachRun> {
  const context = await browser.newContext({ viewport: PHONE_SCREEN, isMobile: true, hasTouch: true });
  try {
    const page = await context.newPage();
    const { cdp, load } = await watchLoad(page);
    if (throttled) await throttle(cdp);
    await page.goto(`${BASE_URL}/play?pin=${pin}`, { waitUntil: 'commit' });
    // The nickname is typed and sent the moment it is asked, inside the page: the automation's own
    // checks, slowed fourfold like the phone's CPU, would otherwise add a second that is not the app's.
    const nicknameReadyMillis = await page.evaluate(
      (name) =>
        new Promise<number>((resolve) => {
          const ready = () => {
            const field = document.querySelector<HTMLInputElement>('#play-nickname');
            if (!field) {
              requestAnimationFrame(ready);
              return;
            }
            const at = performance.now();
            field.value = name;
            field.dispatchEvent(new Event('input', { bubbles: true }));
            setTimeout(() => {
              field.form!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
              resolve(at);
            });
          };
          ready();
        }),
      nickname,
    );
    const answersMillis = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const seen = () => {
            const buttons = [...document.querySelectorAll<HTMLElement>('.answer-button')];
            const inView = buttons.length === 4 && buttons.every((b) => b.getBoundingClientRect().bottom <= window.innerHeight && b.offsetParent);
            if (inView) resolve(performance.now());
            else requestAnimationFrame(seen);
          };
          seen();
        }),
    );
    const formPaintMillis = await page.evaluate(
      () => performance.getEntriesByType('paint').find((e) => e.name === 'first-contentful-paint')?.startTime ?? -1,
    );
    return { load: load(), formPaintMillis, nicknameReadyMillis, answersMillis };
  } finally {
    await context.close();
  }
}
