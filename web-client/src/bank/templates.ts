// Small example files for the import wizard, for the layouts simple enough to write by hand.
// The example question is the starter bank's: Điều 1 Luật Trẻ em (102/2016/QH13).
import type { ImportFormat } from './types';

export interface Template {
  filename: string;
  type: string;
  content: string;
}

const QUESTION = 'Theo Luật Trẻ em năm 2016, trẻ em là người dưới bao nhiêu tuổi?';
const ANSWERS = ['Dưới 14 tuổi', 'Dưới 16 tuổi', 'Dưới 18 tuổi', 'Dưới 15 tuổi'];
const EXPLANATION = 'Theo Điều 1 Luật Trẻ em năm 2016, trẻ em là người dưới 16 tuổi.';

const csvCell = (value: string) => (/[",\n;]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
const csvRow = (cells: string[]) => cells.map(csvCell).join(',');

const KAHOOT_CSV = [
  csvRow([
    'Question - max 120 characters',
    'Answer 1 - max 75 characters',
    'Answer 2 - max 75 characters',
    'Answer 3 - max 75 characters',
    'Answer 4 - max 75 characters',
    'Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs',
    'Correct answer(s) - choose at least one',
  ]),
  csvRow([QUESTION, ...ANSWERS, '20', '2']),
].join('\r\n');

const AIKEN = [QUESTION, ...ANSWERS.map((a, i) => `${'ABCD'[i]}. ${a}`), 'ANSWER: B', ''].join('\n');

const GIFT = [
  '// Mỗi câu hỏi một khối, cách nhau bởi một dòng trống. = là đáp án đúng, ~ là phương án sai;',
  '// #### mở đầu phần giải thích, sau "Căn cứ\\:" là trích dẫn (dấu : viết là \\:).',
  `${QUESTION} {`,
  ...ANSWERS.map((a, i) => `  ${i === 1 ? '=' : '~'}${a}`),
  `  ####${EXPLANATION} Căn cứ\\: Điều 1, 102/2016/QH13`,
  '}',
  '',
].join('\n');

const JSON_TEMPLATE = `${JSON.stringify(
  [
    {
      type: 'SINGLE_CHOICE',
      text: QUESTION,
      choices: ANSWERS.map((text, i) => ({ text, correct: i === 1 })),
      explanation: EXPLANATION,
      citations: [{ document: '102/2016/QH13', article: 1, clause: null, point: null, quote: 'Trẻ em là người dưới 16 tuổi.' }],
      tags: ['trẻ em'],
      difficulty: 1,
      audience: 'MOI_NGUOI',
    },
  ],
  null,
  2,
)}\n`;

/** The template of a format, or null when the layout is best taken from an export. */
export function templateFor(format: ImportFormat): Template | null {
  switch (format) {
    case 'CSV_KAHOOT':
      // A byte-order mark so that Excel reads the Vietnamese text as UTF-8.
      return { filename: 'mau-kahoot.csv', type: 'text/csv;charset=utf-8', content: `\uFEFF${KAHOOT_CSV}\r\n` };
    case 'AIKEN':
      return { filename: 'mau-aiken.txt', type: 'text/plain;charset=utf-8', content: AIKEN };
    case 'GIFT':
      return { filename: 'mau-gift.gift', type: 'text/plain;charset=utf-8', content: GIFT };
    case 'JSON':
      return { filename: 'mau-luatvui.json', type: 'application/json', content: JSON_TEMPLATE };
    default:
      return null;
  }
}

/** The file types the chooser offers for a format. */
export function acceptFor(format: ImportFormat): string {
  // A spreadsheet may come in a ZIP with the image files its image column names.
  if (format.startsWith('XLSX')) return '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,.zip,application/zip';
  if (format.startsWith('CSV')) return '.csv,text/csv,.zip,application/zip';
  if (format === 'JSON') return '.json,application/json';
  if (format === 'MOODLE_XML') return '.xml,application/xml,text/xml';
  return '.txt,.gift,text/plain';
}

/** Formats whose files never carry a citation: the wizard asks for a default one. */
export const NO_CITATIONS: readonly ImportFormat[] = ['XLSX_KAHOOT', 'CSV_KAHOOT', 'AIKEN'];
