import { describe, expect, it } from 'vitest';
import { daysLeft, formatArticles, parseArticles, parseTags } from './types';

describe('course forms', () => {
  it('reads cited articles one a line and returns the lines that do not read', () => {
    const { articles, bad } = parseArticles('36/2024/QH15 Điều 10\n\n 91/2015/QH13 dieu 3 \nĐiều mười');
    expect(articles).toEqual([
      { document: '36/2024/QH15', article: 10 },
      { document: '91/2015/QH13', article: 3 },
    ]);
    expect(bad).toEqual(['Điều mười']);
    expect(parseArticles(formatArticles(articles)).articles).toEqual(articles);
  });

  it('splits tags on commas', () => {
    expect(parseTags(' giao-thong, ,an-toan ')).toEqual(['giao-thong', 'an-toan']);
  });

  it('counts the days left to the due day, negative once overdue', () => {
    const today = new Date(2026, 11, 7, 15, 0);
    expect(daysLeft('2026-12-10', today)).toBe(3);
    expect(daysLeft('2026-12-07', today)).toBe(0);
    expect(daysLeft('2026-12-01', today)).toBe(-6);
  });
});
