import { afterEach, describe, expect, it } from 'vitest';
import { setLang } from '../i18n';
import { formatCitation, formatReference } from './citation';

afterEach(() => setLang('vi'));

describe('citations read as Vietnamese legal writing does, smallest unit first', () => {
  it('Điều, khoản, điểm', () => {
    setLang('vi');
    expect(formatReference({ article: 9 })).toBe('Điều 9');
    expect(formatReference({ article: 9, clause: 2 })).toBe('khoản 2 Điều 9');
    expect(formatReference({ article: 9, clause: 2, point: 'a' })).toBe('điểm a khoản 2 Điều 9');
    expect(formatReference({ article: 9, clause: null, point: null })).toBe('Điều 9');
  });

  it('with the document name and number from the registry, or the number alone', () => {
    setLang('vi');
    const c = { document: '36/2024/QH15', article: 9, clause: 2, point: null };
    expect(formatCitation(c, 'Luật Trật tự, an toàn giao thông đường bộ')).toBe(
      'khoản 2 Điều 9 — Luật Trật tự, an toàn giao thông đường bộ (36/2024/QH15)',
    );
    expect(formatCitation(c)).toBe('khoản 2 Điều 9 — văn bản số 36/2024/QH15');
  });

  it('in English', () => {
    setLang('en');
    expect(formatReference({ article: 9, clause: 2, point: 'a' })).toBe('Article 9, clause 2, point a');
    expect(formatCitation({ document: '102/2016/QH13', article: 1 }, 'Luật Trẻ em')).toBe('Article 1 — Luật Trẻ em (102/2016/QH13)');
  });
});
