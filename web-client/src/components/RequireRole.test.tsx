import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadSession } from '../auth';
import { setLang } from '../i18n';
import { currentLocation, startRouter } from '../router';
import { fakeServer, settle } from '../test/server';
import { guarded, safeNext } from './RequireRole';

const Secret = () => <h1>Bí mật</h1>;

afterEach(() => vi.unstubAllGlobals());

async function show(roles: string[] | null) {
  setLang('vi');
  fakeServer({
    'GET /api/auth/me': roles
      ? { body: { id: 1, email: 'a@b.vn', displayName: 'A', roles, csrfToken: 't' } }
      : { status: 401, body: { error: { code: 'unauthenticated', message: 'Hãy đăng nhập trước.' } } },
  });
  await loadSession();
  window.history.replaceState(null, '', '/bank/review?x=1');
  const stop = startRouter();
  const root = document.createElement('div');
  const View = guarded(['REVIEWER'], Secret);
  act(() => render(<View params={{}} location={currentLocation()} />, root));
  await act(() => settle());
  const text = root.textContent;
  act(() => render(null, root));
  stop();
  return text;
}

describe('screens for some roles', () => {
  it('send signed-out people to sign in, and back afterwards', async () => {
    await show(null);
    expect(window.location.pathname).toBe('/login');
    expect(new URLSearchParams(window.location.search).get('next')).toBe('/bank/review?x=1');
  });

  it('tell a user without the role', async () => {
    expect(await show(['AUTHOR'])).toContain('Không đủ quyền');
  });

  it('show the screen to the role, and to admins', async () => {
    expect(await show(['REVIEWER'])).toBe('Bí mật');
    expect(await show(['ADMIN'])).toBe('Bí mật');
  });

  it('come back only to paths of this site', () => {
    expect(safeNext('/bank/5')).toBe('/bank/5');
    expect(safeNext('//evil.example')).toBe('/bank');
    expect(safeNext('https://evil.example')).toBe('/bank');
    expect(safeNext(null)).toBe('/bank');
  });
});
