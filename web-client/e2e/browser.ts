// Shared set-up for the browser tests: Chromium driven by playwright-core.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

// Set from BASE_URL and CHROMIUM_PATH by vitest.e2e.config.ts.
export const BASE_URL = (process.env.E2E_BASE_URL || 'http://localhost:8080').replace(/\/$/, '');
const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

/** A fresh page (empty localStorage) at BASE_URL + path. */
export async function openPage(
  browser: Browser,
  path: string,
  viewport = { width: 1280, height: 800 },
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.goto(BASE_URL + path);
  await page.locator('main h1').waitFor();
  return { context, page };
}

/** A new page in a browser context of its own, signed in with the session's cookies when one is given. */
export async function pageFor(
  browser: Browser,
  viewport: { width: number; height: number },
  session?: { cookie: string },
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport });
  if (session) {
    await context.addCookies(
      session.cookie.split('; ').map((pair) => {
        const at = pair.indexOf('=');
        return { name: pair.slice(0, at), value: pair.slice(at + 1), url: BASE_URL };
      }),
    );
  }
  return { context, page: await context.newPage() };
}

/** The browser of one test file and the pages its tests open, each in a context of its own. */
/** Opens a staff page, is sent to sign in, signs in there and comes back to the page. */
export async function signInAt(page: Page, path: string, email: string, password: string): Promise<void> {
  await page.goto(BASE_URL + path);
  await page.waitForURL((url) => url.pathname === '/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((url) => url.pathname === path);
}

export class BrowserPages {
  private browser: Browser | undefined;
  private readonly contexts: BrowserContext[] = [];

  async launch(): Promise<void> {
    this.browser = await launchBrowser();
  }

  /** A new page, signed in with the session's cookies when one is given. */
  async open(viewport: { width: number; height: number }, session?: { cookie: string }): Promise<Page> {
    const { context, page } = await pageFor(this.browser!, viewport, session);
    this.contexts.push(context);
    return page;
  }

  /** Closes every page opened so far. */
  async closePages(): Promise<void> {
    await Promise.all(this.contexts.splice(0).map((c) => c.close()));
  }

  /** Closes the pages and the browser. */
  async close(): Promise<void> {
    await this.closePages();
    await this.browser?.close();
  }
}
