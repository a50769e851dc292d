import { describe, expect, it } from 'vitest';
import { errorRows, fieldOf, standing, startingCells, type Fix } from './rowFix';
import type { ImportReport } from './types';

const report: ImportReport = {
  format: 'CSV_LUATVUI',
  total: 4,
  valid: 2,
  created: 0,
  errors: [
    { row: 3, column: 'G (Đáp án đúng)', message: 'Đáp án đúng đang trống.' },
    { row: 3, column: 'B (Câu hỏi)', message: 'Câu hỏi đang trống.' },
    { row: 5, column: 'I (Trích dẫn)', message: 'Văn bản chưa có.' },
  ],
  duplicates: [],
  preview: [],
  unfinished: [{ row: 3, cells: { text: 'Câu ba?', option1: 'Có' } }],
};

const valid = (row: number): Fix => ({ cells: {}, check: { row, valid: true, errors: [], preview: null } });

describe('fixing rows in the import preview', () => {
  it('finds the field an error of a fixed row names, with or without the column letter', () => {
    expect(fieldOf('Câu hỏi')).toBe('text');
    expect(fieldOf('Phương án 2')).toBe('option2');
    expect(fieldOf('K (Trích dẫn)')).toBe('citations');
    expect(fieldOf('Đáp án đúng')).toBe('correct');
    expect(fieldOf('Phương án 1 … Phương án 6')).toBeNull();
    expect(fieldOf(null)).toBeNull();
  });

  it('lists each row with errors once, in order', () => {
    expect(errorRows(report)).toEqual([3, 5]);
  });

  it('holds the import back until every bad row is fixed and found valid by the server, or left out', () => {
    expect(standing(report, {}, [])).toMatchObject({ open: [3, 5], blocked: true, valid: 2 });
    expect(standing(report, { 3: valid(3) }, [])).toMatchObject({ open: [5], blocked: true, valid: 3 });
    expect(standing(report, { 3: valid(3) }, [5])).toMatchObject({ open: [], blocked: false, valid: 3 });
    const edited: Fix = { cells: { text: 'x' }, check: null };
    expect(standing(report, { 3: edited }, [5]).blocked).toBe(true);
  });

  it('a whole-file error cannot be fixed row by row', () => {
    const broken = { ...report, errors: [{ row: 0, column: null, message: 'Không đọc được tệp.' }] };
    expect(standing(broken, {}, [])).toMatchObject({ blocked: true, wholeFile: true, open: [] });
  });

  it('starts a row from what the file held, or empty', () => {
    expect(startingCells(report, 3)).toEqual({ text: 'Câu ba?', option1: 'Có' });
    expect(startingCells(report, 5)).toEqual({});
  });
});
