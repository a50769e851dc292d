// The access code as a card the contestant keeps (an image to save, or a page to print): this product
// does not send email or text messages, so the card is how the code leaves the screen.

export interface CodeCard {
  contest: string;
  name: string;
  code: string;
  link: string;
  /** "Mã dự thi", "Giữ thẻ này…" in the reader's language. */
  label: string;
  note: string;
}

/** The card's file name: "ma-du-thi-ABCD-EFGH-JKLM.png". */
export function cardFileName(code: string): string {
  return `ma-du-thi-${code.replace(/[^A-Z0-9-]/gi, '')}.png`;
}

/** Lines of at most `max` characters, broken between words (a long title on a narrow card). */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** The card drawn as a PNG (a data URL); null where the browser cannot draw. */
export function cardPng(card: CodeCard, doc: Document = document): string | null {
  const canvas = doc.createElement('canvas');
  canvas.width = 900;
  canvas.height = 560;
  const g = canvas.getContext?.('2d');
  if (!g) return null;
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, canvas.width, canvas.height);
  g.strokeStyle = '#1d4ed8';
  g.lineWidth = 8;
  g.strokeRect(12, 12, canvas.width - 24, canvas.height - 24);
  g.fillStyle = '#111827';
  g.font = 'bold 34px system-ui, sans-serif';
  let y = 80;
  for (const line of wrap(card.contest, 44).slice(0, 3)) {
    g.fillText(line, 48, y);
    y += 44;
  }
  g.font = '28px system-ui, sans-serif';
  g.fillText(card.name, 48, y + 20);
  g.font = '24px system-ui, sans-serif';
  g.fillText(card.label, 48, y + 80);
  g.font = 'bold 64px ui-monospace, monospace';
  g.fillText(card.code, 48, y + 160);
  g.font = '22px system-ui, sans-serif';
  g.fillText(card.link, 48, canvas.height - 90);
  g.fillText(wrap(card.note, 70)[0] ?? '', 48, canvas.height - 50);
  try {
    return canvas.toDataURL('image/png');
  } catch {
    return null;
  }
}
