// The import wizard's mapping step: for a spreadsheet of no known layout, which column plays which
// role. A mapping is remembered in the browser under the sheet's header texts, so the next file
// with the same headers is mapped already.
import type { SheetColumns } from './types';

export const ROLES = [
  'question',
  'option1',
  'option2',
  'option3',
  'option4',
  'option5',
  'option6',
  'correct',
  'type',
  'time',
  'citation',
  'explanation',
  'image',
] as const;
export type Role = (typeof ROLES)[number];

/** Column letter → role; columns left out are ignored. */
export type Mapping = Record<string, Role>;

const STORE_PREFIX = 'luatvui.importMapping.';

/** The headers of a sheet as one key: same headers, same key (case and spacing aside). */
export function signature(columns: SheetColumns['columns']): string {
  return columns.map((c) => c.header.trim().toLowerCase().replace(/\s+/g, ' ')).join('|');
}

/** A first guess from header words, for sheets never mapped before (STT, Câu hỏi, A–D, Đáp án…). */
export function guess(columns: SheetColumns['columns']): Mapping {
  const mapping: Mapping = {};
  const used = new Set<Role>();
  let option = 0;
  for (const c of columns) {
    const h = c.header
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/gi, 'd')
      .toLowerCase()
      .trim();
    let role: Role | null = null;
    if (/^(cau hoi|noi dung|question)/.test(h)) role = 'question';
    else if (/^(dap an dung|dap an|correct|answer key)/.test(h)) role = 'correct';
    else if (/^([a-f]|phuong an \d|lua chon \d|option \d|answer \d)$/.test(h) && option < 6) role = `option${++option}` as Role;
    else if (/^(giai thich|explanation)/.test(h)) role = 'explanation';
    else if (/^(can cu|trich dan|citation)/.test(h)) role = 'citation';
    else if (/^(thoi gian|time)/.test(h)) role = 'time';
    else if (/^(loai|type)/.test(h)) role = 'type';
    else if (/^(anh|hinh|image)/.test(h)) role = 'image';
    if (role && !used.has(role)) {
      mapping[c.letter] = role;
      used.add(role);
    }
  }
  return mapping;
}

/** The mapping as the import call's query takes it: "question:B,option1:C,…" (null when empty). */
export function mappingQuery(mapping: Mapping): string | null {
  const parts = Object.entries(mapping).map(([letter, role]) => `${role}:${letter}`);
  return parts.length > 0 ? parts.join(',') : null;
}

/** A problem with the mapping, or null: a question column is needed, and a role once. */
export function mappingProblem(mapping: Mapping): 'question' | 'twice' | null {
  const roles = Object.values(mapping);
  if (!roles.includes('question')) return 'question';
  return new Set(roles).size === roles.length ? null : 'twice';
}

export function remembered(columns: SheetColumns['columns'], storage: Storage | null = safeStorage()): Mapping | null {
  try {
    const saved = storage?.getItem(STORE_PREFIX + signature(columns));
    if (!saved) return null;
    const parsed = JSON.parse(saved) as Mapping;
    const letters = new Set(columns.map((c) => c.letter));
    const valid = Object.entries(parsed).filter(([letter, role]) => letters.has(letter) && (ROLES as readonly string[]).includes(role));
    return Object.fromEntries(valid) as Mapping;
  } catch {
    return null;
  }
}

export function remember(columns: SheetColumns['columns'], mapping: Mapping, storage: Storage | null = safeStorage()): void {
  try {
    storage?.setItem(STORE_PREFIX + signature(columns), JSON.stringify(mapping));
  } catch {
    // A full or blocked storage only means the mapping is asked again next time.
  }
}

function safeStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
