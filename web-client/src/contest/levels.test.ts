import { describe, expect, it } from 'vitest';
import { comparableDepth, guessLevels, levelName, UNITS_TEMPLATE, unitRows, unitsTemplateHref, withRow } from './levels';

const UNITS = [
  { id: 1, code: 'HD', name: 'Huyện Đoàn Bình Minh', parentId: null, depth: 0, members: null },
  { id: 2, code: 'XA1', name: 'Đoàn xã An Phú', parentId: 1, depth: 1, members: 30 },
  { id: 3, code: 'XA2', name: 'Đoàn Xã Tân Lộc', parentId: 1, depth: 1, members: 20 },
  { id: 4, code: 'CD1', name: 'Chi đoàn Thôn 1', parentId: 2, depth: 2, members: null },
];

describe('unit levels', () => {
  it('are named by what they are, with a plain fallback while unnamed', () => {
    expect(levelName(['Huyện đoàn', 'Đoàn xã'], 1)).toBe('Đoàn xã');
    expect(levelName(['Huyện đoàn', ' '], 1)).toBe('Đơn vị cấp 2');
    expect(levelName(undefined, 2)).toBe('Đơn vị cấp 3');
  });

  it('are guessed from the units’ names, ignoring case and diacritics', () => {
    expect(guessLevels(UNITS)).toEqual(['Huyện đoàn', 'Đoàn xã', 'Chi đoàn']);
    expect(guessLevels([{ name: 'Trường THPT A', depth: 0 }, { name: 'Nhà văn hoá', depth: 0 }, { name: 'Xóm 3', depth: 0 }])).toEqual(['']);
  });

  it('compare the highest level with two units or more by default', () => {
    expect(comparableDepth(UNITS)).toBe(1);
    expect(comparableDepth([{ depth: 0 }, { depth: 0 }, { depth: 1 }])).toBe(0);
    expect(comparableDepth([{ depth: 0 }])).toBe(0);
    expect(comparableDepth([])).toBeNull();
  });
});

describe('units on screen', () => {
  it('go back as rows with parents named by code, one row put in or replaced', () => {
    const rows = unitRows(UNITS);
    expect(rows[3]).toEqual({ code: 'CD1', name: 'Chi đoàn Thôn 1', parentCode: 'XA1', members: null });
    const added = withRow(rows, { code: 'CD2', name: 'Chi đoàn Thôn 2', parentCode: 'XA1', members: 12 });
    expect(added).toHaveLength(5);
    const renamed = withRow(rows, { code: 'XA2', name: 'Đoàn xã Tân Lộc mới', parentCode: 'HD', members: 25 });
    expect(renamed).toHaveLength(4);
    expect(renamed[2]).toEqual({ code: 'XA2', name: 'Đoàn xã Tân Lộc mới', parentCode: 'HD', members: 25 });
  });

  it('have a template Excel opens as UTF-8: a byte-order mark before the header', () => {
    expect(UNITS_TEMPLATE.startsWith('\uFEFFma,ten,ma_cap_tren,so_thanh_vien\r\n')).toBe(true);
    expect(unitsTemplateHref()).toMatch(/^data:text\/csv;charset=utf-8,%EF%BB%BFma%2Cten/);
    expect(decodeURIComponent(unitsTemplateHref().split(',').slice(1).join(','))).toContain('Huyện Đoàn Bình Minh');
  });
});
