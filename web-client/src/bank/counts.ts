// The numbers the menu shows beside a home: an author's returned questions, a reviewer's queue.
import { api } from '../api';
import { hasRole, type Me } from '../auth';
import { createStore, useStore } from '../store';
import type { Page, Question } from './types';

export interface BankCounts {
  /** The author's own questions a reviewer returned and that are not resubmitted yet. */
  returned: number | null;
  /** Questions waiting for a review. */
  waiting: number | null;
}

const countsStore = createStore<BankCounts>({ returned: null, waiting: null });

export const RETURNED_QUERY = '/api/questions?status=DRAFT&mine=true&returned=true';
export const WAITING_QUERY = '/api/questions?status=IN_REVIEW';

async function total(path: string): Promise<number | null> {
  try {
    return (await api<Page<Question>>(`${path}&size=1`)).total;
  } catch {
    return null;
  }
}

/** Asks the server again (after sign-in, on moving between screens, after a decision). */
export async function refreshCounts(me: Me | null): Promise<BankCounts> {
  const [returned, waiting] = await Promise.all([
    hasRole(me, 'AUTHOR') ? total(RETURNED_QUERY) : Promise.resolve(null),
    hasRole(me, 'REVIEWER') ? total(WAITING_QUERY) : Promise.resolve(null),
  ]);
  const counts = { returned, waiting };
  countsStore.set(counts);
  return counts;
}

export function useCounts(): BankCounts {
  return useStore(countsStore);
}

/** A count for the menu: nothing while unknown or zero. */
export function shownCount(value: number | null | undefined): number | null {
  return value && value > 0 ? value : null;
}
