import { describe, expect, it } from 'vitest';
import type { Attempt } from '../../contest/types';
import { inProgressView, loadingView } from './attemptView';

const attempt = (remainingMs: number, id = 7): Attempt =>
  ({
    id,
    contestId: 1,
    practice: false,
    status: 'IN_PROGRESS',
    startedAt: '2026-01-01T00:00:00Z',
    deadline: '2026-01-01T00:10:00Z',
    remainingMs,
    serverTime: '2026-01-01T00:00:00Z',
    questions: [{ position: 0, type: 'SINGLE_CHOICE', text: 'Câu 1', choices: ['A', 'B'], answer: null }],
    prediction: { question: 'Bao nhiêu người dự thi?', value: 120 },
  }) as unknown as Attempt;

describe('the attempt view', () => {
  it('starts loading with nothing saved', () => {
    expect(loadingView()).toMatchObject({ phase: 'loading', attempt: null, saved: {}, ended: null });
  });

  it('opens an attempt with time left for work, with its saved prediction', () => {
    const view = inProgressView(loadingView(), attempt(60_000), {}, 0);
    expect(view).toMatchObject({ phase: 'working', ended: null, predictionText: '120', predictionSaved: 120 });
    expect(view.drafts).toEqual({ 0: { kind: 'choice', choice: null } });
  });

  it('shows an attempt read with no time left as time up', () => {
    expect(inProgressView(loadingView(), attempt(0), {}, 0)).toMatchObject({ phase: 'timeUp', ended: 'timeUp' });
  });

  it('keeps an unsaved draft and the typed prediction when the same attempt is read again', () => {
    const first = { ...loadingView(), ...inProgressView(loadingView(), attempt(60_000), {}, 0) };
    const typed = { ...first, drafts: { 0: { kind: 'choice' as const, choice: 1 } }, predictionText: '150' };
    const again = inProgressView(typed, attempt(30_000), {}, 0);
    expect(again.drafts).toEqual({ 0: { kind: 'choice', choice: 1 } });
    expect(again.predictionText).toBe('150');
    const other = inProgressView(typed, attempt(30_000, 8), {}, 0);
    expect(other.drafts).toEqual({ 0: { kind: 'choice', choice: null } });
    expect(other.predictionText).toBe('120');
  });
});
