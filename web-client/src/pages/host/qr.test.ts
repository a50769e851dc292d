import { describe, expect, it } from 'vitest';
import { create } from 'qrcode';
import { qrPath } from './qr';

/** Reads the path back into a grid of dark modules. */
function grid(d: string, size: number): boolean[][] {
  const cells = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  for (const m of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    const [x, y, w] = [Number(m[1]), Number(m[2]), Number(m[3])];
    for (let i = 0; i < w; i++) cells[y][x + i] = true;
  }
  return cells;
}

describe('qrPath', () => {
  it('draws exactly the dark modules of the code, inside a 4-module quiet zone', () => {
    const text = 'http://localhost:4173/play?pin=482913';
    const { size, d } = qrPath(text);
    const { modules } = create(text, { errorCorrectionLevel: 'M' });
    expect(size).toBe(modules.size + 8);
    const cells = grid(d, size);
    for (let row = 0; row < size; row++) {
      for (let col = 0; col < size; col++) {
        const inside = row >= 4 && col >= 4 && row < size - 4 && col < size - 4;
        const dark = inside && !!modules.data[(row - 4) * modules.size + (col - 4)];
        expect(cells[row][col], `${row},${col}`).toBe(dark);
      }
    }
  });

  it('has the three finder patterns in the corners', () => {
    const { size, d } = qrPath('https://luatvui.example.vn/play?pin=1234567');
    const cells = grid(d, size);
    const n = size - 8;
    for (const [r, c] of [
      [4, 4],
      [4, 4 + n - 7],
      [4 + n - 7, 4],
    ]) {
      // The outer ring of a finder is dark, the ring inside it light, its 3×3 core dark.
      expect(cells[r][c]).toBe(true);
      expect(cells[r + 1][c + 1]).toBe(false);
      expect(cells[r + 3][c + 3]).toBe(true);
    }
  });
});
