import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { currentLocation, isClientPath, keepsFocus, locationKey, matchPath, matchRoute, navigate, normalisePath, startRouter } from './router';
import { routes } from './routes';

describe('matching', () => {
  it('normalises trailing and repeated slashes', () => {
    expect(normalisePath('/')).toBe('/');
    expect(normalisePath('/play/')).toBe('/play');
    expect(normalisePath('//contests//5/')).toBe('/contests/5');
  });

  it('matches literal paths and captures params', () => {
    expect(matchPath('/play', '/play')).toEqual({});
    expect(matchPath('/play', '/play/')).toEqual({});
    expect(matchPath('/contests/:id', '/contests/42')).toEqual({ id: '42' });
    expect(matchPath('/contests/:id', '/contests/gi%E1%BB%AFa')).toEqual({ id: 'giữa' });
    expect(matchPath('/contests/:id', '/contests')).toBeNull();
    expect(matchPath('/play', '/player')).toBeNull();
  });

  it('finds every screen of the route table', () => {
    for (const path of ['/', '/play', '/host', '/contests', '/lookup', '/bank', '/login']) {
      expect(matchRoute(routes, path)?.route.path, path).toBe(path);
    }
  });

  it('finds the bank screens, fixed paths before /bank/:id', () => {
    const cases: [string, string][] = [
      ['/bank/new', '/bank/new'],
      ['/bank/review', '/bank/review'],
      ['/bank/registry', '/bank/registry'],
      ['/bank/import', '/bank/import'],
      ['/bank/sets', '/bank/sets'],
      ['/bank/sets/4', '/bank/sets/:id'],
      ['/bank/42', '/bank/:id'],
      ['/bank/42/edit', '/bank/:id/edit'],
    ];
    for (const [path, pattern] of cases) expect(matchRoute(routes, path)?.route.path, path).toBe(pattern);
    expect(matchRoute(routes, '/bank/42')?.params).toEqual({ id: '42' });
  });

  it('returns null (not found) for unknown paths', () => {
    expect(matchRoute(routes, '/khong-co')).toBeNull();
    expect(matchRoute(routes, '/play/extra')).toBeNull();
  });

  it('leaves server paths to the server', () => {
    for (const path of ['/api/questions', '/health/live', '/metrics', '/ws', '/assets/index.js']) {
      expect(isClientPath(path), path).toBe(false);
    }
    expect(isClientPath('/apiary')).toBe(true);
    expect(isClientPath('/play')).toBe(true);
  });
});

describe('navigation', () => {
  let stop: () => void;
  beforeEach(() => {
    window.history.replaceState(null, '', '/');
    stop = startRouter();
  });
  afterEach(() => {
    stop();
    document.body.innerHTML = '';
  });

  it('navigate() updates the URL and the location', () => {
    navigate('/play?pin=123456');
    expect(window.location.pathname).toBe('/play');
    expect(currentLocation().path).toBe('/play');
    expect(currentLocation().query.get('pin')).toBe('123456');
  });

  it('a navigation can ask to keep focus where it is (search filters)', () => {
    navigate('/lookup?q=a', { keepFocus: true });
    expect(keepsFocus(locationKey(currentLocation()))).toBe(true);
    navigate('/lookup?q=b');
    expect(keepsFocus(locationKey(currentLocation()))).toBe(false);
  });

  it('follows back and forward (popstate)', () => {
    navigate('/contests');
    window.history.replaceState(null, '', '/lookup');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(currentLocation().path).toBe('/lookup');
  });

  it('intercepts clicks on in-app links only', () => {
    document.body.innerHTML =
      '<a id="in" href="/bank">bank</a><a id="api" href="/api/x">api</a><a id="new" href="/host" target="_blank">host</a>';
    // Runs after the router's document listener; stops the test DOM from really following links.
    let prevented = false;
    const record = (event: Event) => {
      prevented = event.defaultPrevented;
      event.preventDefault();
    };
    window.addEventListener('click', record);
    const click = (id: string) => {
      const event = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 });
      document.getElementById(id)!.dispatchEvent(event);
      return prevented;
    };
    expect(click('in')).toBe(true);
    expect(currentLocation().path).toBe('/bank');
    expect(click('api')).toBe(false);
    expect(click('new')).toBe(false);
    expect(currentLocation().path).toBe('/bank');
    window.removeEventListener('click', record);
  });
});

describe('moved paths', () => {
  beforeEach(() => {
    window.history.replaceState(null, '', '/');
  });

  it('/bank/users (the old accounts screen) goes to the admin area, replacing itself in the history', () => {
    const stop = startRouter();
    const root = document.createElement('div');
    document.body.appendChild(root);
    navigate('/bank/users?q=lan');
    const length = window.history.length;
    const match = matchRoute(routes, currentLocation().path)!;
    expect(match.route.path).toBe('/bank/users');
    act(() => render(h(match.route.view, { params: match.params, location: currentLocation() }), root));
    expect(window.location.pathname + window.location.search).toBe('/quan-tri?q=lan');
    expect(currentLocation().path).toBe('/quan-tri');
    expect(matchRoute(routes, currentLocation().path)?.route.path).toBe('/quan-tri');
    expect(window.history.length, 'replaced, so Back does not bounce').toBe(length);
    act(() => render(null, root));
    root.remove();
    stop();
  });
});
