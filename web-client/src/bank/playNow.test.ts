import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLang } from '../i18n';
import { fakeServer } from '../test/server';
import { createPlaySet, MAX_PLAYED, playSetBody, playSetTitle, toggleTicked } from './playNow';

const NONE: { q: string; document: string; article: number | null; tag: string } = { q: '', document: '', article: null, tag: '' };

beforeEach(() => setLang('vi'));
afterEach(() => vi.unstubAllGlobals());

describe('Chơi ngay from the bank search', () => {
  it('names the set after the search: words, document and Điều, topic', () => {
    expect(playSetTitle({ ...NONE, q: 'mũ bảo hiểm' }, new Date(2026, 0, 2))).toBe('Tìm kiếm: mũ bảo hiểm');
    expect(playSetTitle({ ...NONE, document: '36/2024/QH15', article: 9, tag: 'giao thông' }, new Date(2026, 0, 2))).toBe(
      'Tìm kiếm: Điều 9 36/2024/QH15 · giao thông',
    );
    expect(playSetTitle(NONE, new Date(2026, 0, 2))).toBe('Câu hỏi chọn từ ngân hàng ngày 2/1/2026');
    expect(playSetTitle({ ...NONE, q: 'x'.repeat(300) }, new Date()).length).toBe(200);
  });

  it('keeps the order of ticking, no repeats, and the set limit', () => {
    let ticked = toggleTicked([], 7, true);
    ticked = toggleTicked(ticked, 3, true);
    ticked = toggleTicked(ticked, 7, true);
    expect(ticked).toEqual([7, 3]);
    expect(toggleTicked(ticked, 7, false)).toEqual([3]);
    const full = Array.from({ length: MAX_PLAYED }, (_, i) => i + 1);
    expect(toggleTicked(full, 500, true)).toHaveLength(MAX_PLAYED);
  });

  it('creates a private set of the ticked questions and starts it on the host page', async () => {
    const calls = fakeServer({ 'POST /api/question-sets': { status: 201, body: { set: { id: 42 }, items: [] } } });
    const next = await createPlaySet('Tìm kiếm: dieu 9', [7, 3]);
    expect(next).toBe('/host?set=42&play=1');
    expect(calls[0].body).toEqual(playSetBody('Tìm kiếm: dieu 9', [7, 3]));
    expect(calls[0].body).toEqual({
      title: 'Tìm kiếm: dieu 9',
      description: null,
      shared: false,
      items: [
        { questionId: 7, timeLimitSeconds: 20, points: 1000 },
        { questionId: 3, timeLimitSeconds: 20, points: 1000 },
      ],
    });
  });
});
