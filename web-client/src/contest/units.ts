// Units (đơn vị) as a tree: "Huyện Đoàn A › Chi đoàn B" labels, a search that ignores diacritics,
// and the tree for the organiser's screen.
import { fold } from '../text/fold';

export interface UnitLike {
  id: number;
  name: string;
  parentId?: number | null;
  code?: string;
}

export const PATH_SEPARATOR = ' › ';

/** Every unit's path from the top: "Parent › Child". A parent missing from the list is left out. */
export function unitPaths(units: readonly UnitLike[]): Map<number, string> {
  const byId = new Map(units.map((u) => [u.id, u]));
  const paths = new Map<number, string>();
  const pathOf = (unit: UnitLike): string => {
    const known = paths.get(unit.id);
    if (known !== undefined) return known;
    const names = [unit.name];
    const seen = new Set([unit.id]);
    let parent = unit.parentId == null ? undefined : byId.get(unit.parentId);
    while (parent && !seen.has(parent.id)) {
      seen.add(parent.id);
      names.unshift(parent.name);
      parent = parent.parentId == null ? undefined : byId.get(parent.parentId);
    }
    const path = names.join(PATH_SEPARATOR);
    paths.set(unit.id, path);
    return path;
  };
  units.forEach(pathOf);
  return paths;
}

/**
 * The units whose path or code holds every word of the query, diacritics and case aside
 * ("doan truong" finds "Đoàn trường THPT Chu Văn An"); all of them for an empty query.
 */
export function searchUnits<U extends UnitLike>(units: readonly U[], paths: Map<number, string>, query: string): U[] {
  const words = fold(query).split(' ').filter(Boolean);
  if (words.length === 0) return [...units];
  return units.filter((u) => {
    const haystack = fold(`${paths.get(u.id) ?? u.name} ${u.code ?? ''}`);
    return words.every((w) => haystack.includes(w));
  });
}

/** Units that nothing else has as parent: where contestants register (most often). */
export function leaves<U extends UnitLike>(units: readonly U[]): U[] {
  const parents = new Set(units.map((u) => u.parentId).filter((p): p is number => p != null));
  return units.filter((u) => !parents.has(u.id));
}

export interface TreeNode<U> {
  unit: U;
  children: TreeNode<U>[];
}

/** The units as a tree, in the order given (the server sends parents before children). */
export function unitTree<U extends UnitLike>(units: readonly U[]): TreeNode<U>[] {
  const nodes = new Map<number, TreeNode<U>>(units.map((u) => [u.id, { unit: u, children: [] }]));
  const roots: TreeNode<U>[] = [];
  for (const u of units) {
    const node = nodes.get(u.id)!;
    const parent = u.parentId == null ? undefined : nodes.get(u.parentId);
    if (parent && parent !== node) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

/** The depths present (0 = top level), in order. */
export function depthsOf(units: readonly { depth: number }[]): number[] {
  return [...new Set(units.map((u) => u.depth))].sort((a, b) => a - b);
}
