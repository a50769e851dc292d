import { describe, expect, it } from 'vitest';
import { apiQuery, BANK_FILTERS, changeFilters, exportQuery, hasFilters, LOOKUP_FILTERS, readFilters, writeFilters } from './filters';

const read = (query: string) => readFilters(BANK_FILTERS, new URLSearchParams(query));

describe('filters ⇄ URL', () => {
  it('reads every filter from the query', () => {
    expect(read('q=giao+thong&document=36%2F2024%2FQH15&article=9&type=TRUE_FALSE&difficulty=2&tag=tr%E1%BA%BB+em&status=IN_REVIEW&needsReview=true&mine=true&page=3')).toEqual({
      q: 'giao thong',
      document: '36/2024/QH15',
      article: 9,
      type: 'TRUE_FALSE',
      difficulty: '2',
      tag: 'trẻ em',
      status: 'IN_REVIEW',
      needsReview: true,
      mine: true,
      page: 3,
    });
  });

  it('reads nothing set as empty filters', () => {
    expect(read('')).toEqual({
      q: '',
      document: '',
      article: null,
      type: null,
      difficulty: null,
      tag: '',
      status: null,
      needsReview: false,
      mine: false,
      page: null,
    });
  });

  it('ignores malformed values instead of failing', () => {
    const f = read('article=abc&type=ESSAY&difficulty=5&status=x&page=-1&needsReview=yes');
    expect(f.article).toBeNull();
    expect(f.type).toBeNull();
    expect(f.difficulty).toBeNull();
    expect(f.status).toBeNull();
    expect(f.page).toBeNull();
    expect(f.needsReview).toBe(false);
  });

  it('writes only what is set, and no page 1', () => {
    const f = read('');
    expect(writeFilters(f)).toBe('');
    expect(writeFilters({ ...f, q: 'dieu 9', page: 1 })).toBe('?q=dieu+9');
    expect(writeFilters({ ...f, article: 9, mine: true, page: 2 })).toBe('?article=9&mine=true&page=2');
  });

  it('round-trips: what is written reads back the same', () => {
    const f = read('q=Điều+9&status=APPROVED&needsReview=true&page=4');
    expect(read(writeFilters(f).slice(1))).toEqual(f);
  });

  it('goes back to page 1 on any change but the page', () => {
    const f = read('q=x&page=5');
    expect(changeFilters(f, { type: 'POLL' }).page).toBeNull();
    expect(changeFilters(f, { page: 2 }).page).toBe(2);
  });

  it('knows whether any filter is set', () => {
    expect(hasFilters(read('page=3'))).toBe(false);
    expect(hasFilters(read('tag=ma+tuy'))).toBe(true);
  });

  it('builds the API query with the page and its size', () => {
    const lookup = readFilters(LOOKUP_FILTERS, new URLSearchParams('q=giao+thong&status=DRAFT'));
    expect('status' in lookup).toBe(false);
    expect(apiQuery(lookup, 10)).toBe('?q=giao+thong&page=1&size=10');
  });

  it('gives the export only the filters it takes', () => {
    expect(exportQuery(read('q=ma+tuy&status=APPROVED&mine=true&needsReview=true&page=3'))).toBe('q=ma+tuy&status=APPROVED');
    expect(exportQuery(read(''))).toBe('');
  });
});
