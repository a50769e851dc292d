// Marks the words of a search in a text, marks and case aside ("tre em" marks "Trẻ em").
import { fold } from '../text/fold';

const ARTICLE = /\bdieu\s+\d{1,4}[a-z]?\b/;
const CLAUSE = /\bkhoan\s+\d{1,3}[a-z]?\b/;
const MAX_WORDS = 8;

/** The words a search looks for: folded, without the "Điều N" and "khoản K" that name units. */
export function searchWords(q: string): string[] {
  const folded = fold(q).replace(ARTICLE, ' ').replace(CLAUSE, ' ');
  return (folded.match(/[a-z0-9]+/g) ?? []).slice(0, MAX_WORDS);
}

export interface Segment {
  text: string;
  mark: boolean;
}

const MARK = /[\u0300-\u036f]/;

/** One character folded: a lone combining mark to nothing (it belongs to its letter), white space to a space. */
function foldChar(c: string): string {
  const folded = fold(c);
  if (folded) return folded;
  return MARK.test(c) ? '' : ' ';
}

const WORD_CHAR = /[a-z0-9]/;

/**
 * The text cut into marked and unmarked parts: a part is marked where a word of the search starts a
 * word of the text (to that word's end), as the server's search matches.
 */
export function highlight(text: string, words: readonly string[]): Segment[] {
  const wanted = words.filter((w) => w.length > 0);
  if (wanted.length === 0 || text === '') return text === '' ? [] : [{ text, mark: false }];
  // The folded text, one folded character per code unit of the text, so that offsets are shared.
  let folded = '';
  for (let i = 0; i < text.length; i++) folded += foldChar(text[i]).charAt(0) || '\u0000';
  const marked = new Array<boolean>(text.length).fill(false);
  for (const word of wanted) {
    let from = 0;
    for (let at = folded.indexOf(word, from); at >= 0; at = folded.indexOf(word, from)) {
      if (at === 0 || !WORD_CHAR.test(folded[at - 1])) {
        let end = at + word.length;
        while (end < folded.length && (WORD_CHAR.test(folded[end]) || folded[end] === '\u0000')) end++;
        for (let i = at; i < end; i++) marked[i] = true;
      }
      from = at + word.length;
    }
  }
  const out: Segment[] = [];
  for (let i = 0; i < text.length; i++) {
    const last = out[out.length - 1];
    if (last && last.mark === marked[i]) last.text += text[i];
    else out.push({ text: text[i], mark: marked[i] });
  }
  return out;
}
