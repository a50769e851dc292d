import { describe, expect, it } from 'vitest';
import type { Me, Role } from './auth';
import { homesFor, landingFor, menuFor } from './roles';

const me = (roles: Role[], extra: Partial<Me> = {}): Me => ({ id: 1, email: 'a@x.vn', displayName: 'A', roles, csrfToken: 't', ...extra });
const hrefs = (who: Me | null) => menuFor(who).map((item) => item.href);

describe('where each role lands after signing in', () => {
  it('a teacher lands on their sets and games', () => {
    expect(landingFor(me(['HOST']), null)).toBe('/giao-vien');
  });

  it('an author lands on their drafts and returned questions', () => {
    expect(landingFor(me(['AUTHOR']), null)).toBe('/tac-gia');
  });

  it('a reviewer lands on the review queue', () => {
    expect(landingFor(me(['REVIEWER']), null)).toBe('/bank/review');
  });

  it('an organiser lands on their contests, never on a page they may not open', () => {
    expect(landingFor(me(['ORGANISER']), null)).toBe('/cuoc-thi-cua-toi');
  });

  it('an admin lands on accounts and the registry', () => {
    expect(landingFor(me(['ADMIN']), null)).toBe('/quan-tri');
  });

  it('someone with several roles lands on the home they chose last, if it is still theirs', () => {
    const both = me(['AUTHOR', 'REVIEWER']);
    expect(homesFor(both).map((h) => h.href)).toEqual(['/bank/review', '/tac-gia']);
    expect(landingFor(both, null)).toBe('/bank/review');
    expect(landingFor(both, '/tac-gia')).toBe('/tac-gia');
    expect(landingFor(both, '/quan-tri')).toBe('/bank/review');
  });

  it('an account without a staff role goes to its account page', () => {
    expect(landingFor(me([]), null)).toBe('/account');
  });
});

describe('the menu shows only what the person can use', () => {
  it('signed out: the public entries and the doors to hosting and the bank, through sign-in', () => {
    expect(hrefs(null)).toEqual(['/', '/play', '/host', '/contests', '/lookup', '/van-ban', '/bank']);
  });

  it('everyone, signed in or not, has the public reader of the law', () => {
    for (const person of [null, me(['HOST']), me(['ORGANISER']), me(['ADMIN'])]) {
      expect(hrefs(person)).toContain('/van-ban');
    }
  });

  it('an organiser sees their contests and contest creation, not hosting or the bank', () => {
    const items = hrefs(me(['ORGANISER']));
    expect(items).toContain('/cuoc-thi-cua-toi');
    expect(items).toContain('/contests/new');
    expect(items).not.toContain('/host');
    expect(items).not.toContain('/bank');
    expect(items).not.toContain('/to-chuc');
  });

  it('a teacher sees hosting and the bank, not contest creation', () => {
    const items = hrefs(me(['HOST']));
    expect(items.slice(0, 3)).toEqual(['/giao-vien', '/host', '/bank']);
    expect(items).not.toContain('/contests/new');
  });

  it('an author’s home carries the count of returned questions, a reviewer’s the queue', () => {
    const items = menuFor(me(['AUTHOR', 'REVIEWER']));
    expect(items.find((i) => i.href === '/tac-gia')?.count).toBe('returned');
    expect(items.find((i) => i.href === '/bank/review')?.count).toBe('waiting');
  });

  it('the organisation tree is offered to admins and unit managers only', () => {
    expect(hrefs(me(['ADMIN']))).toContain('/to-chuc');
    expect(hrefs(me(['HOST'], { managesOrgs: true }))).toContain('/to-chuc');
    expect(hrefs(me(['HOST'], { managesOrgs: false }))).not.toContain('/to-chuc');
  });

  it('the reach dashboard sits beside the tree for admins and unit managers only', () => {
    expect(hrefs(me(['ADMIN']))).toContain('/to-chuc/theo-doi');
    expect(hrefs(me(['HOST'], { managesOrgs: true }))).toContain('/to-chuc/theo-doi');
    expect(hrefs(me(['ORGANISER'], { managesOrgs: false }))).not.toContain('/to-chuc/theo-doi');
  });

  it('an admin has every home to switch between, their own first', () => {
    expect(menuFor(me(['ADMIN'])).filter((i) => i.home).map((i) => i.href)).toEqual([
      '/quan-tri',
      '/cuoc-thi-cua-toi',
      '/bank/review',
      '/tac-gia',
      '/giao-vien',
    ]);
  });
});
