import { describe, expect, it } from 'vitest';
import { citable, citationFor, findProvision, groupHeading, normaliseSpace, ownText, provisions, sentences, slugOf, type ArticleJson } from './lawBrowse';

// Điều 10 Luật Trẻ em (102/2016/QH13), shortened to two điểm, as /api/laws sends its content.
const ARTICLE_10: ArticleJson = {
  number: '10',
  title: 'Trẻ em có hoàn cảnh đặc biệt',
  text: [],
  clauses: [
    {
      number: '1',
      text: ['Trẻ em có hoàn cảnh đặc biệt bao gồm các nhóm sau đây:'],
      points: [
        { number: 'a', text: ['Trẻ em mồ côi cả cha và mẹ;'] },
        { number: 'b', text: ['Trẻ em bị bỏ rơi;'] },
      ],
    },
    {
      number: '2',
      text: ['Chính phủ quy định chi tiết các nhóm trẻ em có hoàn cảnh đặc biệt và chính sách hỗ trợ phù hợp đối với từng nhóm trẻ em có hoàn cảnh đặc biệt.'],
      points: [],
    },
  ],
  points: [],
};

/** How the server renders a provision and matches quotes in it (label, lines, then white space collapsed). */
function serverMatchText(lines: string[]): string {
  return normaliseSpace(lines.join('\n'));
}

describe('browsing a provision of the legal store', () => {
  it('lists the article, each khoản and each điểm in order', () => {
    expect(provisions(ARTICLE_10).map((p) => [p.clause ?? '', p.point ?? ''])).toEqual([
      ['', ''],
      ['1', ''],
      ['1', 'a'],
      ['1', 'b'],
      ['2', ''],
    ]);
  });

  it('takes a whole khoản as a quote that occurs in the text the server checks it against', () => {
    const clause1 = findProvision(ARTICLE_10, '1', '')!;
    const patch = citationFor(clause1)!;

    expect(patch).toEqual({
      article: '10',
      clause: '1',
      point: '',
      quote: 'Trẻ em có hoàn cảnh đặc biệt bao gồm các nhóm sau đây: a) Trẻ em mồ côi cả cha và mẹ; b) Trẻ em bị bỏ rơi;',
    });
    const server = serverMatchText(['1. Trẻ em có hoàn cảnh đặc biệt bao gồm các nhóm sau đây:', 'a) Trẻ em mồ côi cả cha và mẹ;', 'b) Trẻ em bị bỏ rơi;']);
    expect(server.includes(patch.quote)).toBe(true);
  });

  it('fills the điểm and its own words when a điểm is chosen', () => {
    expect(citationFor(findProvision(ARTICLE_10, '1', 'b')!)).toEqual({ article: '10', clause: '1', point: 'b', quote: 'Trẻ em bị bỏ rơi;' });
  });

  it('quotes one chosen sentence of a khoản', () => {
    const own = ownText(ARTICLE_10, '1');
    expect(own).toBe('Trẻ em có hoàn cảnh đặc biệt bao gồm các nhóm sau đây:');
    const chosen = sentences('Người điều khiển xe phải đội mũ. Người ngồi sau cũng phải đội; trừ trẻ em dưới 6 tuổi.');
    expect(chosen).toEqual(['Người điều khiển xe phải đội mũ.', 'Người ngồi sau cũng phải đội;', 'trừ trẻ em dưới 6 tuổi.']);
    expect(citationFor(findProvision(ARTICLE_10, '2', '')!, chosen[0])!.quote).toBe('Người điều khiển xe phải đội mũ.');
  });

  it('cuts a whole provision longer than a quote may be after its last sentence that fits', () => {
    const long = { article: '5', text: 'Câu một dài. Câu hai cũng dài. Câu ba.' };
    expect(citationFor(long, undefined, 30)!.quote).toBe('Câu một dài. Câu hai cũng dài.');
  });

  it('cannot cite an inserted Điều or khoản (256a, 3a) and says so instead of writing a wrong number', () => {
    expect(citable('256a')).toBe(false);
    expect(citationFor({ article: '256a', text: 'x' })).toBeNull();
    expect(citationFor({ article: '9', clause: '3a', text: 'x' })).toBeNull();
  });

  it('addresses documents and headings as the API and the picker show them', () => {
    expect(slugOf('36/2024/QH15')).toBe('36-2024-QH15');
    expect(groupHeading({ divisions: ['Chương I. NHỮNG QUY ĐỊNH CHUNG', 'Mục 1. TỘI GIẾT NGƯỜI'], articles: [] })).toBe(
      'Chương I. NHỮNG QUY ĐỊNH CHUNG › Mục 1. TỘI GIẾT NGƯỜI',
    );
  });
});

describe('the changes a reviewer compares', () => {
  it('asks for the exact provision cited and shows wording changes newest first, without the document end', async () => {
    const { changesPath, wordingChanges } = await import('./lawBrowse');
    expect(changesPath({ document: '100/2015/QH13', article: 40, clause: 3, point: null })).toBe(
      '/api/laws/documents/100-2015-QH13/articles/40/changes?clause=3',
    );
    expect(changesPath({ document: '102/2016/QH13', article: 9, clause: null, point: null })).toBe('/api/laws/documents/102-2016-QH13/articles/9/changes');
    const amended = { from: '2025-07-01', kind: 'AMENDED' as const, byDocument: '86/2025/QH15', byProvision: 'Điều 1 khoản 1', target: 'Điều 40 khoản 3', before: 'cũ', after: 'mới' };
    const older = { ...amended, from: '2019-01-01', byDocument: '12/2017/QH14' };
    const ended = { ...amended, kind: 'DOCUMENT_ENDED' as const, before: null, after: null };
    expect(wordingChanges([older, amended, ended])).toEqual([amended, older]);
  });
});
