import { describe, expect, it } from 'vitest';
import { depthsOf, leaves, searchUnits, unitPaths, unitTree } from './units';

const UNITS = [
  { id: 1, code: 'HD', name: 'Huyện Đoàn Bình Minh', parentId: null, depth: 0 },
  { id: 2, code: 'CD1', name: 'Chi đoàn Thôn Đông', parentId: 1, depth: 1 },
  { id: 3, code: 'CD2', name: 'Chi đoàn Trường THPT Nguyễn Trãi', parentId: 1, depth: 1 },
  { id: 4, code: 'TD', name: 'Thành Đoàn', parentId: null, depth: 0 },
  { id: 5, code: 'LOP', name: 'Chi đội 10A1', parentId: 3, depth: 2 },
];

describe('unit paths', () => {
  it('name every unit from the top, "Parent › Child"', () => {
    const paths = unitPaths(UNITS);
    expect(paths.get(1)).toBe('Huyện Đoàn Bình Minh');
    expect(paths.get(2)).toBe('Huyện Đoàn Bình Minh › Chi đoàn Thôn Đông');
    expect(paths.get(5)).toBe('Huyện Đoàn Bình Minh › Chi đoàn Trường THPT Nguyễn Trãi › Chi đội 10A1');
  });

  it('survive a missing parent and a loop', () => {
    const paths = unitPaths([
      { id: 7, name: 'Mồ côi', parentId: 99 },
      { id: 8, name: 'A', parentId: 9 },
      { id: 9, name: 'B', parentId: 8 },
    ]);
    expect(paths.get(7)).toBe('Mồ côi');
    expect(paths.get(8)).toBe('B › A');
  });
});

describe('unit search', () => {
  const paths = unitPaths(UNITS);
  const names = (query: string) => searchUnits(UNITS, paths, query).map((u) => u.id);

  it('ignores diacritics, case and đ', () => {
    expect(names('thon dong')).toEqual([2]);
    expect(names('NGUYEN TRAI')).toEqual([3, 5]);
    expect(names('doan')).toEqual([1, 2, 3, 4, 5]);
    expect(names('Đoàn Bình')).toEqual([1, 2, 3, 5]);
  });

  it('matches every word anywhere in the path, and the code', () => {
    expect(names('binh minh 10a1')).toEqual([5]);
    expect(names('cd1')).toEqual([2]);
    expect(names('khong co')).toEqual([]);
    expect(names('  ')).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('the tree', () => {
  it('nests children under parents in the given order', () => {
    const tree = unitTree(UNITS);
    expect(tree.map((n) => n.unit.id)).toEqual([1, 4]);
    expect(tree[0].children.map((n) => n.unit.id)).toEqual([2, 3]);
    expect(tree[0].children[1].children.map((n) => n.unit.id)).toEqual([5]);
  });

  it('knows the leaves and the levels', () => {
    expect(leaves(UNITS).map((u) => u.id)).toEqual([2, 4, 5]);
    expect(depthsOf(UNITS)).toEqual([0, 1, 2]);
  });
});
