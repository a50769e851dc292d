import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { setLang } from '../../../i18n';
import type { Fix } from '../../../bank/rowFix';
import type { ImportReport } from '../../../bank/types';
import { ReportView } from './ReportView';

beforeEach(() => setLang('vi'));

const report: ImportReport = {
  format: 'CSV_LUATVUI',
  total: 2,
  valid: 1,
  created: 0,
  errors: [{ row: 3, column: 'G (Đáp án đúng)', message: 'Đáp án đúng đang trống.' }],
  duplicates: [],
  preview: [],
  unfinished: [{ row: 3, cells: { text: 'Câu ba?' } }],
};

function show(fixes: Record<number, Fix>, leftOut: number[], root: HTMLElement, onCommit = vi.fn()) {
  act(() =>
    render(
      <ReportView
        report={report}
        names={new Map()}
        heading={{ current: null }}
        skip={[]}
        onSkip={() => {}}
        fixes={fixes}
        leftOut={leftOut}
        checking={null}
        onEdit={() => {}}
        onCheck={() => {}}
        onLeaveOut={() => {}}
        busy={false}
        done={false}
        onCommit={onCommit}
      />,
      root,
    ),
  );
  return [...root.querySelectorAll('button')].find((b) => b.textContent?.startsWith('Nhập tất cả'))!;
}

describe('ReportView', () => {
  it('offers the bad rows to fix and lets everything be imported once each is fixed or left out', () => {
    const root = document.createElement('div');
    const all = show({}, [], root);
    expect(root.querySelector('h3#import-fix-title')!.textContent).toBe('Sửa các dòng lỗi ngay tại đây');
    expect(all.disabled).toBe(true);
    expect(root.textContent).toContain('Còn 1 dòng lỗi chưa sửa hoặc chưa bỏ.');

    const onCommit = vi.fn();
    const fixed = show({ 3: { cells: { text: 'Câu ba?' }, check: { row: 3, valid: true, errors: [], preview: null } } }, [], root, onCommit);
    expect(fixed.disabled).toBe(false);
    expect(fixed.textContent).toBe('Nhập tất cả (2 câu hỏi)');
    act(() => fixed.click());
    expect(onCommit).toHaveBeenCalledWith('commit');

    const leftOut = show({}, [3], root);
    expect(leftOut.disabled).toBe(false);
    expect(leftOut.textContent).toBe('Nhập tất cả (1 câu hỏi)');
  });
});
