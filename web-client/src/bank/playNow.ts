// "Chơi ngay" from the bank's search: the ticked questions become a private set named after the
// search, and the host page starts it at once (checking first, as every game start does).
import { api } from '../api';
import { t } from '../i18n';
import type { BankFilters } from './filters';
import { DEFAULT_ITEM } from './sets';
import type { QuestionSet, SetItem } from './types';

/** A set holds at most this many questions (the API's limit). */
export const MAX_PLAYED = 100;
const MAX_TITLE = 200;

/** What was searched, in words: the typed words, the document and Điều, the topic. */
export function searchWords(filters: Pick<BankFilters, 'q' | 'document' | 'article' | 'tag'>): string {
  const parts: string[] = [];
  if (filters.q.trim()) parts.push(filters.q.trim());
  if (filters.document) parts.push(filters.article ? `Điều ${filters.article} ${filters.document}` : filters.document);
  else if (filters.article) parts.push(`Điều ${filters.article}`);
  if (filters.tag) parts.push(filters.tag);
  return parts.join(' · ');
}

/** The set's name: the search it came from, or the day when nothing was searched. */
export function playSetTitle(filters: Pick<BankFilters, 'q' | 'document' | 'article' | 'tag'>, today: Date): string {
  const words = searchWords(filters);
  const title = words
    ? t('playNow.setTitle', { search: words })
    : t('playNow.setTitleNoSearch', { date: today.toLocaleDateString('vi-VN') });
  return title.length > MAX_TITLE ? `${title.slice(0, MAX_TITLE - 1)}…` : title;
}

/** The body of the private set: the ticked questions in the order they were ticked, with the usual settings. */
export function playSetBody(title: string, ids: readonly number[]): { title: string; description: null; shared: false; items: SetItem[] } {
  return {
    title,
    description: null,
    shared: false,
    items: ids.slice(0, MAX_PLAYED).map((questionId) => ({ questionId, ...DEFAULT_ITEM })),
  };
}

/** Creates the set and gives the address that starts it (the host page checks it and names what will not play). */
export async function createPlaySet(title: string, ids: readonly number[]): Promise<string> {
  const created = await api<QuestionSet>('/api/question-sets', { body: playSetBody(title, ids) });
  return `/host?set=${created.set.id}&play=1`;
}

/** Ticks or unticks one question, keeping the order of ticking and the set's limit. */
export function toggleTicked(ticked: readonly number[], id: number, on: boolean): number[] {
  if (!on) return ticked.filter((x) => x !== id);
  if (ticked.includes(id) || ticked.length >= MAX_PLAYED) return [...ticked];
  return [...ticked, id];
}
