import { describe, expect, it } from 'vitest';
import { ordered, type OrgNode } from './OrgTree';

const node = (id: number, parentId: number | null, code: string): OrgNode => ({
  id, parentId, code, name: code, kind: 'OTHER', kindLabel: 'Khác', settlement: null, population: null,
  inviteCode: 'X', members: 0, subtreeMembers: 0, staff: 0,
});

describe('the organisation tree on screen', () => {
  it('lists each node under its parent, and a manager sees their granted nodes as roots', () => {
    const rows = ordered([node(3, 2, 'P-A'), node(1, null, 'TP'), node(5, 3, 'THPT-A'), node(2, 1, 'Q1')]);
    expect(rows.map((r) => `${r.depth}:${r.node.code}`)).toEqual(['0:TP', '1:Q1', '2:P-A', '3:THPT-A']);
    const managed = ordered([node(3, 2, 'P-A'), node(5, 3, 'THPT-A')]);
    expect(managed.map((r) => `${r.depth}:${r.node.code}`)).toEqual(['0:P-A', '1:THPT-A']);
  });
});
