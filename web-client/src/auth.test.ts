import { afterEach, describe, expect, it, vi } from 'vitest';
import { getCsrfToken } from './api';
import { currentUser, getSession, hasRole, loadSession, signIn, signOut, submitSignInCode, type Me } from './auth';

const me: Me = { id: 7, email: 'tac.gia@luatvui.test', displayName: 'Tác giả', roles: ['AUTHOR'], csrfToken: 'csrf-7' };

afterEach(() => vi.unstubAllGlobals());

describe('session', () => {
  it('signing in keeps the user and the CSRF token; signing out forgets both', async () => {
    const fetchMock = vi.fn(async (url: string) =>
      url === '/api/auth/login' ? new Response(JSON.stringify(me), { status: 200 }) : new Response(null, { status: 204 }),
    );
    vi.stubGlobal('fetch', fetchMock);
    await signIn(' tac.gia@luatvui.test ', 'mat-khau-dai');
    const [, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(JSON.parse(init.body as string)).toEqual({ email: 'tac.gia@luatvui.test', password: 'mat-khau-dai' });
    expect(currentUser()).toEqual(me);
    expect(getCsrfToken()).toBe('csrf-7');

    await signOut();
    const [, logout] = fetchMock.mock.calls[1] as unknown as [string, RequestInit];
    expect((logout.headers as Record<string, string>)['X-CSRF-Token']).toBe('csrf-7');
    expect(getSession()).toEqual({ state: 'anonymous' });
    expect(getCsrfToken()).toBeNull();
  });

  it('an account with two-step verification signs in only after its code', async () => {
    const fetchMock = vi.fn(async (url: string) =>
      url === '/api/auth/login'
        ? new Response(JSON.stringify({ challenge: 'c-1', expiresInSeconds: 300 }), { status: 202 })
        : new Response(JSON.stringify(me), { status: 200 }),
    );
    vi.stubGlobal('fetch', fetchMock);
    expect(await signIn('tac.gia@luatvui.test', 'mat-khau-dai')).toEqual({ kind: 'code', challenge: 'c-1' });
    expect(currentUser()).toBeNull();

    await submitSignInCode('c-1', ' 123 456 ');
    const [url, init] = fetchMock.mock.calls.at(-1) as unknown as [string, RequestInit];
    expect(url).toBe('/api/auth/login/code');
    expect(JSON.parse(init.body as string)).toEqual({ challenge: 'c-1', code: '123 456' });
    expect(currentUser()).toEqual(me);
  });

  it('asks the server at start: 401 means signed out', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('{"error":{"code":"unauthenticated","message":"x"}}', { status: 401 })));
    expect(await loadSession()).toEqual({ state: 'anonymous' });
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(me), { status: 200 })));
    expect(await loadSession()).toEqual({ state: 'signed-in', me });
  });
});

describe('roles', () => {
  it('an admin holds every role; others only their own', () => {
    expect(hasRole(me, 'AUTHOR')).toBe(true);
    expect(hasRole(me, 'REVIEWER')).toBe(false);
    expect(hasRole(me, 'REVIEWER', 'AUTHOR')).toBe(true);
    expect(hasRole({ ...me, roles: ['ADMIN'] }, 'REVIEWER')).toBe(true);
    expect(hasRole(null, 'AUTHOR')).toBe(false);
  });
});
