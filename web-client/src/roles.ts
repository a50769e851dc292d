// What each staff role sees: its own home after sign-in, and a menu of only what the person can use.
import { hasRole, type Me, type Role } from './auth';
import type { MessageKey } from './i18n';

/** A role's own screen: where the person lands and what the menu offers first. */
export interface RoleHome {
  role: Role;
  href: string;
  labelKey: MessageKey;
}

/** In order of what waits on the person most: an admin's accounts, contests, the review queue, fixes, games. */
export const HOMES: readonly RoleHome[] = [
  { role: 'ADMIN', href: '/quan-tri', labelKey: 'homes.ADMIN' },
  { role: 'ORGANISER', href: '/cuoc-thi-cua-toi', labelKey: 'homes.ORGANISER' },
  { role: 'REVIEWER', href: '/bank/review', labelKey: 'homes.REVIEWER' },
  { role: 'AUTHOR', href: '/tac-gia', labelKey: 'homes.AUTHOR' },
  { role: 'HOST', href: '/giao-vien', labelKey: 'homes.HOST' },
];

/** The homes of the person's roles (an admin holds every role, so has every home). */
export function homesFor(me: Me | null): RoleHome[] {
  if (!me) return [];
  return HOMES.filter((home) => hasRole(me, home.role));
}

const LAST_HOME = 'luatvui.home';

/** Remembers the home the person chose last, so that the next sign-in lands there. */
export function rememberHome(href: string): void {
  try {
    localStorage.setItem(LAST_HOME, href);
  } catch {
    // Private browsing: the first home is a fine landing.
  }
}

function lastHome(): string | null {
  try {
    return localStorage.getItem(LAST_HOME);
  } catch {
    return null;
  }
}

/** Where the person lands after signing in: the home chosen last if still theirs, else their first home. */
export function landingFor(me: Me | null, last: string | null = lastHome()): string {
  const homes = homesFor(me);
  if (homes.length === 0) return '/account';
  return homes.find((home) => home.href === last)?.href ?? homes[0].href;
}

/** One menu entry; `count` names a number shown beside it (returned questions, the review queue). */
export interface MenuItem {
  href: string;
  labelKey: MessageKey;
  count?: 'returned' | 'waiting';
  home?: boolean;
}

/** The public entries: everybody plays, follows contests, looks questions up and reads the law. */
const PUBLIC: readonly MenuItem[] = [
  { href: '/play', labelKey: 'nav.play' },
  { href: '/contests', labelKey: 'nav.contests' },
  { href: '/lookup', labelKey: 'nav.lookup' },
  { href: '/van-ban', labelKey: 'nav.reader' },
  { href: '/khoa-hoc-cua-toi', labelKey: 'nav.myCourses' },
];

/** Signed out: the public entries, and the staff's doors (they lead through sign-in). */
const SIGNED_OUT: MenuItem[] = [
  { href: '/', labelKey: 'nav.home' },
  { href: '/play', labelKey: 'nav.play' },
  { href: '/host', labelKey: 'nav.host' },
  { href: '/contests', labelKey: 'nav.contests' },
  { href: '/lookup', labelKey: 'nav.lookup' },
  { href: '/van-ban', labelKey: 'nav.reader' },
  { href: '/bank', labelKey: 'nav.bank' },
];

/** The tools beside the homes, each for the roles that can use it. */
const TOOLS: readonly { item: MenuItem; roles: Role[] }[] = [
  { item: { href: '/host', labelKey: 'nav.host' }, roles: ['HOST'] },
  { item: { href: '/bank', labelKey: 'nav.bank' }, roles: ['AUTHOR', 'REVIEWER', 'HOST'] },
  { item: { href: '/contests/new', labelKey: 'nav.organise' }, roles: ['ORGANISER'] },
  { item: { href: '/khoa-hoc/soan', labelKey: 'nav.courses' }, roles: ['AUTHOR', 'REVIEWER'] },
];

/**
 * The main menu: signed out, the public entries and the staff's doors; signed in, the person's
 * homes first (they switch between them here), the tools their roles use, the organisation tree when
 * they may open it, then the public entries.
 */
export function menuFor(me: Me | null): MenuItem[] {
  if (!me) return SIGNED_OUT;
  const homes: MenuItem[] = homesFor(me).map((home) => ({
    href: home.href,
    labelKey: home.labelKey,
    home: true,
    count: home.role === 'AUTHOR' ? 'returned' : home.role === 'REVIEWER' ? 'waiting' : undefined,
  }));
  const tools = TOOLS.filter((tool) => hasRole(me, ...tool.roles)).map((tool) => tool.item);
  const orgs: MenuItem[] = me.roles.includes('ADMIN') || me.managesOrgs
      ? [{ href: '/to-chuc', labelKey: 'nav.orgs' }, { href: '/to-chuc/theo-doi', labelKey: 'nav.reach' }]
      : [];
  return [...homes, ...tools, ...orgs, ...PUBLIC];
}
