// The levels of a contest's unit tree named by what they are (Tỉnh đoàn, Huyện đoàn, Đoàn xã, Trường,
// Chi đoàn…), the units as the rows the API takes, and the units file template.
import { t } from '../i18n';
import { fold } from '../text/fold';

/** Names organisers give levels; offered while typing, and used to guess a level from its units' names. */
export const LEVEL_SUGGESTIONS: readonly string[] = [
  'Tỉnh đoàn',
  'Thành đoàn',
  'Huyện đoàn',
  'Quận đoàn',
  'Thị đoàn',
  'Đoàn xã',
  'Đoàn phường',
  'Đoàn thị trấn',
  'Đoàn trường',
  'Trường',
  'Đoàn cơ sở',
  'Cơ quan',
  'Chi đoàn',
  'Chi đội',
  'Lớp',
];

/** What the level at this depth (0 = top) is called; "Đơn vị cấp N" while the organiser has not named it. */
export function levelName(levels: readonly string[] | undefined, depth: number): string {
  const named = levels?.[depth]?.trim();
  return named || t('units.levelN', { n: depth + 1 });
}

/**
 * A name for each level from its units' names, when most of them start alike ("Chi đoàn 10A1", "Chi đoàn
 * 10A2" → "Chi đoàn"); '' for a level with no clear name.
 */
export function guessLevels(units: readonly { name: string; depth: number }[]): string[] {
  const depth = units.reduce((most, u) => Math.max(most, u.depth + 1), 0);
  const out: string[] = [];
  for (let d = 0; d < depth; d++) {
    const names = units.filter((u) => u.depth === d).map((u) => fold(u.name));
    let best = '';
    let bestCount = 0;
    for (const suggestion of LEVEL_SUGGESTIONS) {
      const prefix = fold(suggestion);
      const count = names.filter((n) => n === prefix || n.startsWith(`${prefix} `)).length;
      if (count > bestCount) {
        best = suggestion;
        bestCount = count;
      }
    }
    out.push(bestCount * 2 > names.length ? best : '');
  }
  return out;
}

/** A unit as PUT /contests/{id}/units takes it: the parent named by code. */
export interface UnitRowBody {
  code: string;
  name: string;
  parentCode: string | null;
  members: number | null;
}

/** The units now, as rows to send back (with one added or changed). */
export function unitRows(units: readonly { id: number; code: string; name: string; parentId?: number | null; members?: number | null }[]): UnitRowBody[] {
  const codes = new Map(units.map((u) => [u.id, u.code]));
  return units.map((u) => ({
    code: u.code,
    name: u.name,
    parentCode: u.parentId == null ? null : (codes.get(u.parentId) ?? null),
    members: u.members ?? null,
  }));
}

/** The rows with this one put in: replacing the row of the same code, else added at the end. */
export function withRow(rows: readonly UnitRowBody[], row: UnitRowBody): UnitRowBody[] {
  const at = rows.findIndex((r) => r.code === row.code);
  return at < 0 ? [...rows, row] : rows.map((r, i) => (i === at ? row : r));
}

/** The units file template, with a byte-order mark so that Excel reads it as UTF-8 (Vietnamese shows right). */
export const UNITS_TEMPLATE =
  '\uFEFFma,ten,ma_cap_tren,so_thanh_vien\r\nHD,Huyện Đoàn Bình Minh,,\r\nXA1,Đoàn xã An Phú,HD,35\r\nCD1,Chi đoàn Thôn 1,XA1,28\r\n';

/** A link to download the template. */
export function unitsTemplateHref(): string {
  return `data:text/csv;charset=utf-8,${encodeURIComponent(UNITS_TEMPLATE)}`;
}

/**
 * The level a unit ranking compares by default: the highest level holding two units or more, so that a
 * district union is not ranked against its own communes. Null without units.
 */
export function comparableDepth(units: readonly { depth: number }[]): number | null {
  const counts = new Map<number, number>();
  units.forEach((u) => counts.set(u.depth, (counts.get(u.depth) ?? 0) + 1));
  const depths = [...counts.keys()].sort((a, b) => a - b);
  return depths.find((d) => (counts.get(d) ?? 0) >= 2) ?? depths[0] ?? null;
}
