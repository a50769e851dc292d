import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Me } from '../../auth';
import type { Question } from '../../bank/types';
import { fakeServer } from '../../test/server';
import { fetchAllPages } from '../../useApi';
import { allowedSteps } from './Detail';
import { nextToReview, oldestFirst } from './ReviewQueue';

afterEach(() => vi.unstubAllGlobals());

const me = (id: number, ...roles: Me['roles']): Me => ({ id, email: `${id}@x.vn`, displayName: String(id), roles, csrfToken: 't' });
const question = (status: Question['status'], authorId: number, updatedAt = '2026-01-01T00:00:00Z', id = 1) =>
  ({ id, status, authorId, updatedAt, version: 1 }) as Question;

describe('what a user may do with a question', () => {
  it('another reviewer approves again, as it stands, an approved question flagged on a changed provision', () => {
    const flagged = { ...question('APPROVED', 7), needsReview: true } as Question;
    expect(allowedSteps(flagged, me(8, 'REVIEWER'))).toEqual({ edit: true, steps: ['approve', 'retire', 'comment'] });
    expect(allowedSteps(flagged, me(7, 'AUTHOR', 'REVIEWER')).steps).toEqual(['comment']);
  });

  it('its author edits and submits a draft, and comments', () => {
    expect(allowedSteps(question('DRAFT', 7), me(7, 'AUTHOR'))).toEqual({ edit: true, steps: ['submit', 'comment'] });
  });

  it('its author cannot edit it while it is in review', () => {
    expect(allowedSteps(question('IN_REVIEW', 7), me(7, 'AUTHOR'))).toEqual({ edit: false, steps: ['comment'] });
  });

  it('another reviewer approves, returns or retires it', () => {
    expect(allowedSteps(question('IN_REVIEW', 7), me(8, 'REVIEWER')).steps).toEqual(['approve', 'return', 'retire', 'comment']);
    expect(allowedSteps(question('APPROVED', 7), me(8, 'REVIEWER')).steps).toEqual(['retire', 'comment']);
    expect(allowedSteps(question('RETIRED', 7), me(8, 'REVIEWER')).steps).toEqual(['comment']);
  });

  it('a reviewer is never offered approve, return or retire on their own question', () => {
    const own = allowedSteps(question('IN_REVIEW', 8), me(8, 'REVIEWER', 'AUTHOR'));
    expect(own.steps).toEqual(['comment']);
    expect(allowedSteps(question('IN_REVIEW', 2), me(2, 'ADMIN')).steps).toEqual(['comment']);
  });

  it('an author or host only reads other people’s questions', () => {
    expect(allowedSteps(question('APPROVED', 7), me(9, 'AUTHOR'))).toEqual({ edit: false, steps: [] });
    expect(allowedSteps(question('APPROVED', 7), me(9, 'HOST'))).toEqual({ edit: false, steps: [] });
  });
});

describe('the review queue', () => {
  it('puts the question that has waited longest first', () => {
    const queue = oldestFirst([
      question('IN_REVIEW', 1, '2026-03-02T08:00:00Z', 3),
      question('IN_REVIEW', 1, '2026-03-01T08:00:00Z', 9),
      question('IN_REVIEW', 1, '2026-03-01T08:00:00Z', 4),
    ]);
    expect(queue.map((q) => q.id)).toEqual([4, 9, 3]);
  });

  it('reads every page of the search before sorting it', async () => {
    const calls = fakeServer({
      'GET /api/questions': (call) => {
        const page = Number(new URL(call.url, 'http://x').searchParams.get('page'));
        return { body: { total: 230, page, size: 100, items: Array.from({ length: page < 3 ? 100 : 30 }, (_, i) => ({ id: page * 1000 + i })) } };
      },
    });
    const all = await fetchAllPages<{ id: number }>('/api/questions?status=IN_REVIEW');
    expect(all.items).toHaveLength(230);
    expect(calls.map((c) => c.url)).toEqual([
      '/api/questions?status=IN_REVIEW&page=1&size=100',
      '/api/questions?status=IN_REVIEW&page=2&size=100',
      '/api/questions?status=IN_REVIEW&page=3&size=100',
    ]);
  });
});

describe('after a decision the next question opens', () => {
  const queue = [question('IN_REVIEW', 1, 'a', 1), question('IN_REVIEW', 9, 'b', 2), question('IN_REVIEW', 1, 'c', 3), question('IN_REVIEW', 1, 'd', 4)];

  it('opens the first one the reviewer may decide at the start', () => {
    expect(nextToReview(queue, null, new Set(), 1)).toBe(2);
  });

  it('opens the one after the decided one, skipping the reviewer’s own and those decided', () => {
    expect(nextToReview(queue, 1, new Set([1]), 9)).toBe(3);
    expect(nextToReview(queue, 3, new Set([1, 3]), 9)).toBe(4);
  });

  it('goes back to the top for one left behind, and to none when all are decided', () => {
    expect(nextToReview(queue, 4, new Set([3, 4]), 9)).toBe(1);
    expect(nextToReview(queue, 4, new Set([1, 3, 4]), 9)).toBeNull();
  });
});
