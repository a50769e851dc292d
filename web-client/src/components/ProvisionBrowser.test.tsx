import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CitationPatch } from '../bank/lawBrowse';
import { setLang } from '../i18n';
import { fakeServer, settle } from '../test/server';
import { ProvisionBrowser } from './ProvisionBrowser';

afterEach(() => vi.unstubAllGlobals());

const STRUCTURE = {
  document: { number: '102/2016/QH13', slug: '102-2016-QH13', name: 'Luật Trẻ em', text: 'FULL' },
  toc: [
    { divisions: ['Chương I. NHỮNG QUY ĐỊNH CHUNG'], articles: [{ number: '1', title: 'Trẻ em', changed: false }] },
    { divisions: ['Chương II. QUYỀN VÀ BỔN PHẬN CỦA TRẺ EM'], articles: [{ number: '10', title: 'Trẻ em có hoàn cảnh đặc biệt', changed: false }] },
  ],
};
const ARTICLE_10 = {
  document: '102/2016/QH13',
  number: '10',
  title: 'Trẻ em có hoàn cảnh đặc biệt',
  status: 'IN_FORCE',
  text: '',
  content: {
    number: '10',
    title: 'Trẻ em có hoàn cảnh đặc biệt',
    text: [],
    clauses: [
      { number: '1', text: ['Trẻ em có hoàn cảnh đặc biệt bao gồm các nhóm sau đây:'], points: [{ number: 'a', text: ['Trẻ em mồ côi cả cha và mẹ;'] }] },
      { number: '2', text: ['Chính phủ quy định chi tiết các nhóm trẻ em. Bộ trưởng hướng dẫn thi hành.'], points: [] },
    ],
    points: [],
  },
};

function change(select: HTMLSelectElement, value: string) {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('browsing the legal store from a citation', () => {
  it('goes chapter → Điều → khoản, shows the text, and fills the citation with the chosen sentence', async () => {
    setLang('vi');
    const calls = fakeServer({
      'GET /api/laws/documents/102-2016-QH13': { body: STRUCTURE },
      'GET /api/laws/documents/102-2016-QH13/articles/10': { body: ARTICLE_10 },
    });
    const picked: CitationPatch[] = [];
    const root = document.createElement('div');
    document.body.append(root);
    act(() => render(<ProvisionBrowser id="c1" document="102/2016/QH13" onPick={(p) => picked.push(p)} />, root));

    act(() => root.querySelector<HTMLButtonElement>('button')!.click());
    await act(() => settle());
    act(() => change(root.querySelector<HTMLSelectElement>('#c1-browse-group')!, '1'));
    act(() => change(root.querySelector<HTMLSelectElement>('#c1-browse-article')!, '10'));
    await act(() => settle());

    expect(calls.map((c) => c.url)).toEqual(['/api/laws/documents/102-2016-QH13', '/api/laws/documents/102-2016-QH13/articles/10']);
    const provisions = [...root.querySelectorAll('.browse-provisions label')];
    expect(provisions.map((l) => l.querySelector('strong')!.textContent)).toEqual(['Cả Điều 10', 'khoản 1 Điều 10', 'điểm a khoản 1 Điều 10', 'khoản 2 Điều 10']);
    expect(root.textContent).toContain('Trẻ em mồ côi cả cha và mẹ;');

    act(() => provisions[3].querySelector('input')!.click());
    const sentences = [...root.querySelectorAll('.browse-sentences label')];
    expect(sentences.map((l) => l.textContent!.trim())).toEqual([
      'Lấy cả điều khoản',
      'Chính phủ quy định chi tiết các nhóm trẻ em.',
      'Bộ trưởng hướng dẫn thi hành.',
    ]);
    act(() => sentences[2].querySelector('input')!.click());
    const fill = [...root.querySelectorAll('button')].find((b) => b.textContent!.startsWith('Điền trích dẫn'))!;
    expect(fill.textContent).toBe('Điền trích dẫn: khoản 2 Điều 10');
    act(() => fill.click());

    expect(picked).toEqual([{ article: '10', clause: '2', point: '', quote: 'Bộ trưởng hướng dẫn thi hành.' }]);
    act(() => render(null, root));
    root.remove();
  });
});
