import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLang } from '../i18n';
import { navigate, startRouter, useLocation } from '../router';
import { fakeServer, REGISTRY, settle } from '../test/server';
import { Lookup } from './Lookup';
import { namedArticle } from './LookupArticle';

let root: HTMLElement;
let stop: () => void;

const RESULT = {
  total: 1,
  page: 1,
  size: 10,
  items: [
    {
      id: 5,
      type: 'SINGLE_CHOICE',
      text: 'Hành vi nào bị nghiêm cấm khi tham gia giao thông đường bộ?',
      choices: [
        { text: 'Đua xe trái phép', correct: true },
        { text: 'Đội mũ bảo hiểm', correct: false },
      ],
      accepted: [],
      explanation: 'Điều 9 nghiêm cấm đua xe trái phép.',
      citations: [
        {
          document: '36/2024/QH15',
          documentName: 'Luật Trật tự, an toàn giao thông đường bộ',
          article: 9,
          clause: 2,
          point: null,
          quote: 'Đua xe trái phép…',
          reference: 'khoản 2 Điều 9',
        },
      ],
      tags: ['giao thông'],
      difficulty: 1,
      audience: 'MOI_NGUOI',
    },
  ],
};

function Screen() {
  const location = useLocation();
  return <Lookup params={{}} location={location} />;
}

function start(url: string) {
  window.history.replaceState(null, '', url);
  stop = startRouter();
}

beforeEach(() => {
  setLang('vi');
  root = document.createElement('div');
  document.body.appendChild(root);
});

afterEach(() => {
  act(() => render(null, root));
  root.remove();
  stop();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('public lookup', () => {
  it('searches with the filters in the URL and shows answer, explanation and citation', async () => {
    start('/lookup?q=giao+thong&article=9&page=2');
    const calls = fakeServer({ 'GET /api/legal-documents': { body: REGISTRY }, 'GET /api/public/questions': { body: RESULT } });
    act(() => render(<Screen />, root));
    await act(() => settle());
    const search = calls.find((c) => c.url.startsWith('/api/public/questions'))!;
    expect(new URLSearchParams(search.url.split('?')[1]).toString()).toBe('q=giao+thong&article=9&page=2&size=10');
    expect(root.querySelector<HTMLInputElement>('#lookup-q')!.value).toBe('giao thong');
    expect(root.querySelector('[role="status"].result-count')?.textContent).toBe('Tìm thấy 1 câu hỏi.');
    const result = root.querySelector('.result')!;
    expect(result.querySelector('h2')?.textContent).toBe(RESULT.items[0].text);
    expect(result.querySelector('.option.correct')?.textContent).toContain('Đua xe trái phép');
    expect(result.textContent).toContain('Điều 9 nghiêm cấm đua xe trái phép.');
    expect(result.querySelector('.citation')?.textContent).toBe(
      'khoản 2 Điều 9 — Luật Trật tự, an toàn giao thông đường bộ (36/2024/QH15)',
    );
    expect(result.querySelector('.quote')?.textContent).toBe('Đua xe trái phép…');
  });

  it('puts what is typed into the URL after a pause, back on page 1', async () => {
    start('/lookup?page=3');
    fakeServer({ 'GET /api/legal-documents': { body: REGISTRY }, 'GET /api/public/questions': { body: RESULT } });
    act(() => render(<Screen />, root));
    await act(() => settle());
    vi.useFakeTimers();
    const input = root.querySelector<HTMLInputElement>('#lookup-q')!;
    await act(async () => {
      input.value = 'dieu 9';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(window.location.search).toBe('?page=3');
    await act(async () => {
      vi.advanceTimersByTime(400);
    });
    expect(window.location.search).toBe('?q=dieu+9');
    vi.useRealTimers();
    await act(async () => {
      navigate('/lookup?q=tre+em');
      await settle();
    });
    expect(input.value).toBe('tre em');
  });

  it('shows the correct answer and its law before the options marked wrong, links the article and the question', async () => {
    start('/lookup?q=dua+xe');
    fakeServer({ 'GET /api/legal-documents': { body: REGISTRY }, 'GET /api/public/questions': { body: RESULT } });
    act(() => render(<Screen />, root));
    await act(() => settle());
    const result = root.querySelector('.result')!;
    const headings = [...result.querySelectorAll('h3')].map((h) => h.textContent);
    expect(headings).toEqual(['Đáp án đúng', 'Căn cứ pháp lý', 'Giải thích', 'Các phương án sai']);
    expect(result.querySelector('.lookup-answer')?.textContent).toContain('Đua xe trái phép');
    expect(result.querySelector('.lookup-answer')?.textContent).not.toContain('Đội mũ bảo hiểm');
    expect(result.querySelector('.lookup-wrong li')?.textContent).toBe('✗ Đội mũ bảo hiểm (sai)');
    expect(result.querySelector<HTMLAnchorElement>('a.lookup-article')?.getAttribute('href')).toBe(
      '/van-ban/36-2024-QH15/dieu-9#khoan-2',
    );
    expect(result.querySelector<HTMLAnchorElement>('.lookup-share a')?.getAttribute('href')).toBe('/lookup?id=5');
    // Results come before the search form, which is folded away once something is searched.
    const details = root.querySelector<HTMLDetailsElement>('details.lookup-filters')!;
    expect(details.open).toBe(false);
    expect(root.querySelector('.results')!.compareDocumentPosition(details) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('opens one question by its permanent address and copies that address', async () => {
    start('/lookup?id=5');
    const calls = fakeServer({ 'GET /api/legal-documents': { body: REGISTRY }, 'GET /api/public/questions': { body: RESULT } });
    const writeText = vi.fn(() => Promise.resolve());
    vi.stubGlobal('navigator', { ...navigator, share: undefined, clipboard: { writeText } });
    act(() => render(<Screen />, root));
    await act(() => settle());
    expect(calls.find((c) => c.url.startsWith('/api/public/questions'))!.url).toBe('/api/public/questions?id=5');
    await act(async () => {
      root.querySelector<HTMLButtonElement>('.lookup-share button')!.click();
      await settle();
    });
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}/lookup?id=5`);
    expect(root.querySelector('.lookup-share [role="status"]')?.textContent).toBe('Đã chép đường dẫn.');
  });

  it('puts the article a lookup names before the questions about it', async () => {
    start('/lookup?q=dieu+9+luat+tre+em');
    const calls = fakeServer({
      'GET /api/legal-documents': { body: REGISTRY },
      'GET /api/public/questions': { body: RESULT },
      'GET /api/laws/search': {
        body: {
          q: 'dieu 9 luat tre em',
          asOf: '2026-12-07',
          total: 2,
          documents: [
            {
              document: '102/2016/QH13',
              slug: '102-2016-QH13',
              name: 'Luật Trẻ em',
              articles: [
                { number: '19', title: 'Quyền được bảo vệ', clause: null, snippet: '…', highlights: [] },
                { number: '9', title: 'Trách nhiệm phối hợp', clause: null, snippet: 'Điều 9. Trách nhiệm phối hợp…', highlights: [] },
              ],
            },
          ],
        },
      },
    });
    act(() => render(<Screen />, root));
    await act(() => settle());
    expect(calls.some((c) => c.url === '/api/laws/search?q=dieu%209%20luat%20tre%20em')).toBe(true);
    const law = root.querySelector('.lookup-law')!;
    expect(law.querySelector('h2 a')?.textContent).toBe('Điều 9. Trách nhiệm phối hợp');
    expect(law.querySelector('h2 a')?.getAttribute('href')).toBe('/van-ban/102-2016-QH13/dieu-9');
    expect(law.compareDocumentPosition(root.querySelector('.results')!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('asks the legal store only when an article is named', async () => {
    start('/lookup?q=dua+xe');
    const calls = fakeServer({ 'GET /api/legal-documents': { body: REGISTRY }, 'GET /api/public/questions': { body: RESULT } });
    act(() => render(<Screen />, root));
    await act(() => settle());
    expect(calls.some((c) => c.url.startsWith('/api/laws/search'))).toBe(false);
    expect(root.querySelector('.lookup-law')).toBeNull();
    expect(namedArticle('Điều 256a Bộ luật Hình sự')).toBe('256a');
    expect(namedArticle('khoản 2 điều 5 luật trẻ em')).toBe('5');
    expect(namedArticle('dieukien 9')).toBeNull();
  });
});
