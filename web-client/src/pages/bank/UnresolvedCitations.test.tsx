import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setLang } from '../../i18n';
import { fakeServer, settle } from '../../test/server';
import { byQuestion, UnresolvedCitations, type CitationIssue } from './UnresolvedCitations';

afterEach(() => vi.unstubAllGlobals());

const issue = (questionId: number, position: number, reference: string, problem: string): CitationIssue => ({
  questionId,
  externalKey: null,
  text: `Câu hỏi ${questionId}?`,
  position,
  document: '102/2016/QH13',
  reference,
  problem,
});

describe('the unresolved citations screen', () => {
  it('groups the citations by question, in the order given', () => {
    const list = [issue(7, 0, 'Điều 999', 'a'), issue(7, 1, 'khoản 9 Điều 10', 'b'), issue(3, 0, 'Điều 1', 'c')];
    expect(byQuestion(list).map((g) => g.map((i) => `${i.questionId}:${i.position}`))).toEqual([['7:0', '7:1'], ['3:0']]);
  });

  it('lists each question with its citation and reason, links to edit it, and checks again on demand', async () => {
    setLang('vi');
    let issues = [issue(7, 0, 'Điều 999', 'Trích dẫn Điều 999 của văn bản 102/2016/QH13: kho văn bản không có điều khoản này.')];
    const calls = fakeServer({
      'GET /api/legal-documents': { body: [] },
      'GET /api/laws/citations/unresolved': () => ({ body: issues }),
      'POST /api/laws/citations/check': () => {
        issues = [];
        return { body: { unresolved: 0, flagged: 2 } };
      },
    });
    const root = document.createElement('div');
    act(() => render(<UnresolvedCitations />, root));
    await act(() => settle());

    expect(root.textContent).toContain('1 trích dẫn chưa khớp ở 1 câu hỏi');
    expect(root.textContent).toContain('Điều 999');
    expect(root.textContent).toContain('kho văn bản không có điều khoản này');
    expect(root.querySelector<HTMLAnchorElement>('a[href="/bank/7/edit"]')!.textContent).toBe('Sửa câu hỏi số 7');

    const check = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Kiểm tra lại')!;
    act(() => check.click());
    await act(() => settle());
    await act(() => settle());

    expect(calls.some((c) => c.method === 'POST' && c.url === '/api/laws/citations/check')).toBe(true);
    expect(root.querySelector('[role="status"]')!.textContent).toBe(
      'Đã kiểm tra xong: 0 trích dẫn chưa khớp; 2 câu hỏi mới bị gắn cờ cần duyệt lại.',
    );
    expect(root.textContent).toContain('Mọi trích dẫn đều khớp với kho văn bản.');
    act(() => render(null, root));
  });
});
