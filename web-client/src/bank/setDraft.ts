// A set's unsaved changes, kept on the server per person and set (so they follow the teacher to
// another device), and what the editor makes of them when it opens again.
import type { SetDraft } from './sets';
import type { Question, SetEntry } from './types';

/** An item of the editor: the question when it was loaded, else the words the draft kept. */
export type DraftEntry = SetEntry & { text?: string | null };

/** What PUT /api/question-sets/{id}/draft takes. */
export interface DraftBody {
  title: string;
  description: string | null;
  shared: boolean;
  sharedContestId: number | null;
  sharedWith: string | null;
  items: { questionId: number; timeLimitSeconds: number; points: number; text: string | null }[];
}

/** What GET /api/question-sets/{id}/draft answers; draft missing when there is none. */
export interface StoredDraft {
  draft?: DraftBody | null;
  savedAt?: string | null;
}

export function draftBody(draft: SetDraft): DraftBody {
  return {
    title: draft.title.slice(0, 200),
    description: draft.description || null,
    shared: draft.shared,
    sharedContestId: draft.sharedContestId ?? null,
    sharedWith: draft.sharedWith || null,
    items: draft.items.map((item: DraftEntry) => ({
      questionId: item.questionId,
      timeLimitSeconds: item.timeLimitSeconds,
      points: item.points,
      text: (item.question?.content.text ?? item.text ?? null)?.slice(0, 2000) ?? null,
    })),
  };
}

/**
 * The editor's state from a kept draft: items the set already had keep their loaded question (status
 * badges, link); the others show the words the draft kept until the set is saved and loaded again.
 */
export function restoreDraft(kept: DraftBody, loaded: readonly SetEntry[]): SetDraft {
  const known = new Map<number, Question | null>(loaded.map((e) => [e.questionId, e.question]));
  return {
    title: kept.title,
    description: kept.description ?? '',
    shared: kept.shared,
    sharedContestId: kept.sharedContestId,
    sharedWith: kept.sharedWith,
    items: kept.items.map((i) => ({
      questionId: i.questionId,
      timeLimitSeconds: i.timeLimitSeconds,
      points: i.points,
      question: known.get(i.questionId) ?? null,
      text: i.text,
    })),
  };
}

/** Whether a kept draft says something the saved set does not (else there is nothing to restore). */
export function differs(kept: DraftBody, saved: SetDraft): boolean {
  const a = draftBody(saved);
  const strip = (d: DraftBody) => JSON.stringify({ ...d, items: d.items.map(({ text: _text, ...rest }) => rest) });
  return strip(kept) !== strip(a);
}
