// Question sets (bộ câu hỏi): the per-question settings a game uses, and the body the API takes.
import type { SetEntry, SetItem } from './types';

/** Kahoot's time limits, in seconds (the API accepts 5–240). */
export const TIME_LIMITS: readonly number[] = [5, 10, 20, 30, 60, 90, 120, 240];
/** No points, standard, double. */
export const POINTS: readonly number[] = [0, 1000, 2000];
export const DEFAULT_ITEM = { timeLimitSeconds: 20, points: 1000 } as const;

/** A new item's settings: the question's own time (from its imported file) when it has an allowed one. */
export function newItem(question: { timeLimitSeconds?: number | null }): { timeLimitSeconds: number; points: number } {
  const own = question.timeLimitSeconds;
  return { ...DEFAULT_ITEM, timeLimitSeconds: own && TIME_LIMITS.includes(own) ? own : DEFAULT_ITEM.timeLimitSeconds };
}

/** Moves the item at `index` up (-1) or down (+1); at either end nothing moves. */
export function moveItem<T>(items: readonly T[], index: number, delta: -1 | 1): T[] {
  const to = index + delta;
  if (index < 0 || index >= items.length || to < 0 || to >= items.length) return [...items];
  const out = [...items];
  [out[index], out[to]] = [out[to], out[index]];
  return out;
}

export interface SetDraft {
  title: string;
  description: string;
  shared: boolean;
  items: SetEntry[];
  /** Shared with this one contest only: its pool draws from the set, no host list shows it. */
  sharedContestId?: number | null;
  /** Shared with one person: their account's email address. */
  sharedWith?: string | null;
}

/** Who may use a set besides its owner. */
export type SetScope = 'PRIVATE' | 'EVERYONE' | 'CONTEST' | 'PERSON';

export function scopeOf(draft: Pick<SetDraft, 'shared' | 'sharedContestId' | 'sharedWith'>): SetScope {
  if (draft.shared) return 'EVERYONE';
  if (draft.sharedContestId) return 'CONTEST';
  if (draft.sharedWith) return 'PERSON';
  return 'PRIVATE';
}

/** The draft shared only as chosen: one scope at a time, the others cleared. */
export function withScope<D extends SetDraft>(draft: D, scope: SetScope, contestId: number | null, email: string): D {
  return {
    ...draft,
    shared: scope === 'EVERYONE',
    sharedContestId: scope === 'CONTEST' ? contestId : null,
    sharedWith: scope === 'PERSON' ? email.trim() || null : null,
  };
}

/** The body of POST and PUT /api/question-sets: the settings of each question, without the questions. */
export function setBody(draft: SetDraft): {
  title: string;
  description: string | null;
  shared: boolean;
  items: SetItem[];
  sharedContestId: number | null;
  sharedWith: string | null;
} {
  return {
    title: draft.title.trim(),
    description: draft.description.trim() || null,
    shared: draft.shared,
    sharedContestId: draft.sharedContestId ?? null,
    sharedWith: draft.sharedWith?.trim() || null,
    items: draft.items.map(({ questionId, timeLimitSeconds, points }) => ({ questionId, timeLimitSeconds, points })),
  };
}
