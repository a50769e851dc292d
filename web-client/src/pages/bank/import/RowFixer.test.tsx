import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { setLang } from '../../../i18n';
import type { Fix } from '../../../bank/rowFix';
import { RowFixer } from './RowFixer';

beforeEach(() => setLang('vi'));

function mount(fix: Fix, leftOut = false) {
  const root = document.createElement('div');
  document.body.appendChild(root);
  const onEdit = vi.fn();
  const onCheck = vi.fn();
  const onLeaveOut = vi.fn();
  const view = (f: Fix, out: boolean) => (
    <RowFixer row={3} errors={[{ column: 'G (Đáp án đúng)', message: 'Đáp án đúng đang trống.' }]} fix={f} leftOut={out} busy={false} onEdit={onEdit} onCheck={onCheck} onLeaveOut={onLeaveOut} />
  );
  act(() => render(view(fix, leftOut), root));
  return { root, onEdit, onCheck, onLeaveOut, again: (f: Fix, out = false) => act(() => render(view(f, out), root)) };
}

function button(root: HTMLElement, name: string): HTMLButtonElement {
  return [...root.querySelectorAll('button')].find((b) => b.textContent === name)!;
}

describe('RowFixer', () => {
  it('shows the file’s errors, opens the row’s cells to edit and sends them to be checked', () => {
    const { root, onEdit, onCheck } = mount({ cells: { text: 'Câu ba?' }, check: null });
    expect(root.textContent).toContain('G (Đáp án đúng): Đáp án đúng đang trống.');

    act(() => button(root, 'Sửa dòng 3').click());
    const text = root.querySelector<HTMLTextAreaElement>('#import-fix-3-text')!;
    expect(text.value).toBe('Câu ba?');
    const correct = root.querySelector<HTMLInputElement>('#import-fix-3-correct')!;
    act(() => {
      correct.value = '2';
      correct.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(onEdit).toHaveBeenCalledWith({ text: 'Câu ba?', correct: '2' });

    act(() => button(root, 'Kiểm tra lại dòng này').click());
    expect(onCheck).toHaveBeenCalledOnce();
  });

  it('puts the server’s errors at the fields they name and says when the row is valid', () => {
    const { root, again } = mount({ cells: {}, check: null });
    act(() => button(root, 'Sửa dòng 3').click());
    again({
      cells: { correct: '7' },
      check: { row: 3, valid: false, errors: [{ row: 3, column: 'Đáp án đúng', message: 'Không có phương án 7.' }], preview: null },
    });
    expect(root.textContent).toContain('Dòng 3 vẫn còn lỗi');
    expect(root.querySelector('#import-fix-3-correct')!.getAttribute('aria-invalid')).toBe('true');
    expect(root.querySelector('#import-fix-3-correct-error')!.textContent).toBe('Không có phương án 7.');

    again({ cells: { correct: '2' }, check: { row: 3, valid: true, errors: [], preview: null } });
    expect(root.textContent).toContain('Dòng 3 đã hợp lệ và sẽ được nhập.');
  });

  it('leaves the row out, and takes it back', () => {
    const { root, onLeaveOut, again } = mount({ cells: {}, check: null });
    act(() => button(root, 'Bỏ dòng này').click());
    expect(onLeaveOut).toHaveBeenCalledWith(true);

    again({ cells: {}, check: null }, true);
    expect(root.textContent).toContain('Dòng 3 sẽ không được nhập.');
    act(() => button(root, 'Giữ lại dòng này').click());
    expect(onLeaveOut).toHaveBeenCalledWith(false);
  });
});
