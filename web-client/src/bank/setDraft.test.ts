import { describe, expect, it } from 'vitest';
import { differs, draftBody, restoreDraft } from './setDraft';
import type { SetDraft } from './sets';
import type { Question, SetEntry } from './types';

const question = (id: number, text: string) => ({ id, status: 'APPROVED', needsReview: false, content: { text } }) as unknown as Question;
const entry = (id: number, text: string): SetEntry => ({ questionId: id, timeLimitSeconds: 20, points: 1000, question: question(id, text) });
const saved: SetDraft = { title: 'Ôn tập 9A', description: '', shared: false, items: [entry(1, 'Câu một')], sharedContestId: null, sharedWith: null };

describe('a set draft', () => {
  it('keeps the settings of each item and the words of its question, not the question', () => {
    const body = draftBody({ ...saved, items: [...saved.items, { ...entry(2, 'Câu hai'), points: 2000 }] });
    expect(body.items).toEqual([
      { questionId: 1, timeLimitSeconds: 20, points: 1000, text: 'Câu một' },
      { questionId: 2, timeLimitSeconds: 20, points: 2000, text: 'Câu hai' },
    ]);
    expect(body.description).toBeNull();
  });

  it('restores the loaded questions it knows and the kept words for the others, in the draft order', () => {
    const kept = draftBody({ ...saved, title: 'Ôn tập 9A (mới)', items: [entry(2, 'Câu hai'), saved.items[0]] });
    const back = restoreDraft(kept, saved.items);
    expect(back.title).toBe('Ôn tập 9A (mới)');
    expect(back.items.map((i) => i.questionId)).toEqual([2, 1]);
    expect(back.items[1].question).toBe(saved.items[0].question);
    expect(back.items[0].question).toBeNull();
    expect((back.items[0] as { text?: string }).text).toBe('Câu hai');
  });

  it('is offered only when it says something the saved set does not', () => {
    expect(differs(draftBody(saved), saved)).toBe(false);
    expect(differs(draftBody({ ...saved, items: [] }), saved)).toBe(true);
    expect(differs(draftBody({ ...saved, title: 'Khác' }), saved)).toBe(true);
    expect(differs({ ...draftBody(saved), items: [{ questionId: 1, timeLimitSeconds: 20, points: 1000, text: null }] }, saved)).toBe(false);
  });
});
