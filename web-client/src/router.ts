// History-API routing: a route table, path matching, navigation and link interception.
import type { ComponentType } from 'preact';
import type { MessageKey } from './i18n';
import { createStore, useStore } from './store';

export type Params = Record<string, string>;

export interface AppLocation {
  path: string;
  query: URLSearchParams;
}

export interface RouteProps {
  params: Params;
  location: AppLocation;
}

/** One screen: a path pattern ("/contests/:id"), its document title and its view. */
export interface Route {
  path: string;
  titleKey: MessageKey;
  view: ComponentType<RouteProps>;
}

export interface Match {
  route: Route;
  params: Params;
}

/** Paths that belong to the server, never to the client router. */
export const SERVER_PREFIXES = ['/api', '/health', '/metrics', '/ws', '/assets'] as const;

export function isClientPath(path: string): boolean {
  return !SERVER_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
}

/** Collapses repeated slashes and drops a trailing slash ("/play/" → "/play"). */
export function normalisePath(path: string): string {
  const collapsed = `/${path}`.replace(/\/{2,}/g, '/');
  return collapsed.length > 1 ? collapsed.replace(/\/$/, '') : collapsed;
}

/** Matches a pattern such as "/contests/:id" against a path; returns the params or null. */
export function matchPath(pattern: string, path: string): Params | null {
  const want = normalisePath(pattern).split('/');
  const have = normalisePath(path).split('/');
  if (want.length !== have.length) return null;
  const params: Params = {};
  for (let i = 0; i < want.length; i++) {
    if (want[i].startsWith(':')) {
      if (have[i] === '') return null;
      try {
        params[want[i].slice(1)] = decodeURIComponent(have[i]);
      } catch {
        return null;
      }
    } else if (want[i] !== have[i]) {
      return null;
    }
  }
  return params;
}

/** The first route whose pattern matches, or null for "not found". */
export function matchRoute(routes: readonly Route[], path: string): Match | null {
  for (const route of routes) {
    const params = matchPath(route.path, path);
    if (params) return { route, params };
  }
  return null;
}

function readLocation(): AppLocation {
  return {
    path: normalisePath(window.location.pathname),
    query: new URLSearchParams(window.location.search),
  };
}

const locationStore = createStore<AppLocation>(readLocation());

export function currentLocation(): AppLocation {
  return locationStore.get();
}

export function useLocation(): AppLocation {
  return useStore(locationStore);
}

/** The key of a location: a change of it is a navigation. */
export function locationKey(location: AppLocation): string {
  return location.path + location.query.toString();
}

let keepFocusKey: string | null = null;

/** Whether the navigation to this location asked to leave focus where it is. */
export function keepsFocus(key: string): boolean {
  return keepFocusKey === key;
}

/**
 * Goes to an in-app URL ("/play?pin=123456") without reloading the page. `keepFocus`: the screen
 * stays and only its state in the URL changes (a search filter), so focus is not moved to the heading.
 */
export function navigate(to: string, options: { replace?: boolean; keepFocus?: boolean } = {}): void {
  const url = new URL(to, window.location.href);
  if (options.replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  const next = readLocation();
  keepFocusKey = options.keepFocus ? locationKey(next) : null;
  locationStore.set(next);
}

/** Follows back/forward and turns clicks on same-origin links into navigate(). */
export function startRouter(root: Document = document): () => void {
  const onPopState = () => {
    keepFocusKey = null;
    locationStore.set(readLocation());
  };
  const onClick = (event: MouseEvent) => {
    const target = linkToFollow(event);
    if (!target) return;
    event.preventDefault();
    navigate(target.pathname + target.search + target.hash);
  };
  window.addEventListener('popstate', onPopState);
  root.addEventListener('click', onClick);
  locationStore.set(readLocation());
  return () => {
    window.removeEventListener('popstate', onPopState);
    root.removeEventListener('click', onClick);
  };
}

function linkToFollow(event: MouseEvent): HTMLAnchorElement | null {
  if (event.defaultPrevented || event.button !== 0) return null;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return null;
  const anchor = (event.target as Element | null)?.closest?.('a');
  if (!anchor || !anchor.hasAttribute('href')) return null;
  if (anchor.getAttribute('href')!.startsWith('#')) return null;
  if (anchor.target && anchor.target !== '_self') return null;
  if (anchor.hasAttribute('download') || anchor.origin !== window.location.origin) return null;
  const here = window.location;
  if (anchor.hash && anchor.pathname === here.pathname && anchor.search === here.search) return null;
  return isClientPath(anchor.pathname) ? anchor : null;
}
