// A QR code as one SVG path: dark modules as unit squares, with the 4-module quiet zone around.
import { create } from 'qrcode';

export interface QrPath {
  /** Modules per side, quiet zone included. */
  size: number;
  d: string;
}

const QUIET = 4;

export function qrPath(text: string): QrPath {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const n = modules.size;
  let d = '';
  for (let row = 0; row < n; row++) {
    // Runs of dark modules on a row become one rectangle each: a shorter path.
    let col = 0;
    while (col < n) {
      if (!modules.data[row * n + col]) {
        col++;
        continue;
      }
      const start = col;
      while (col < n && modules.data[row * n + col]) col++;
      d += `M${start + QUIET} ${row + QUIET}h${col - start}v1h${start - col}z`;
    }
  }
  return { size: n + 2 * QUIET, d };
}
