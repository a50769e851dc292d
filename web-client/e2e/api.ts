// Set-up through the REST API for the browser tests: the server's bootstrap admin, and signed-in
// sessions of the test itself (cookie + CSRF token).
import { BASE_URL } from './browser';

export const ADMIN_EMAIL = process.env.E2E_ADMIN_EMAIL || 'admin@luatvui.test';
export const ADMIN_PASSWORD = process.env.E2E_ADMIN_PASSWORD || 'admin-password-1';
export const PASSWORD = 'mat-khau-kiem-thu-1';
/** Makes names unique to this run, so tests can run again against the same server. */
export const RUN = String(Date.now() % 100_000_000);

export interface Session {
  cookie: string;
  csrf: string;
}

export async function signInApi(email: string, password: string): Promise<Session> {
  const response = await fetch(`${BASE_URL}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`Sign-in of ${email} failed: ${response.status} ${await response.text()}`);
  const cookie = response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const me = (await response.json()) as { csrfToken: string };
  return { cookie, csrf: me.csrfToken };
}

/** A JSON call, signed in or not; fails the test on any answer but 2xx. */
export async function call<T>(session: Session | null, method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (session) Object.assign(headers, { Cookie: session.cookie, 'X-CSRF-Token': session.csrf });
  const response = await fetch(`${BASE_URL}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}
