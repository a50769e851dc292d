import { describe, expect, it } from 'vitest';
import { acceptFor, templateFor } from './templates';
import { IMPORT_FORMATS } from './types';

describe('import templates', () => {
  it('the Kahoot CSV has Kahoot’s header and a UTF-8 byte-order mark for Excel', () => {
    const t = templateFor('CSV_KAHOOT')!;
    expect(t.content.startsWith('\uFEFFQuestion - max 120 characters,Answer 1')).toBe(true);
    const row = t.content.split('\r\n')[1];
    expect(row).toBe('"Theo Luật Trẻ em năm 2016, trẻ em là người dưới bao nhiêu tuổi?",Dưới 14 tuổi,Dưới 16 tuổi,Dưới 18 tuổi,Dưới 15 tuổi,20,2');
  });

  it('Aiken marks the answer by letter; GIFT by = with the explanation and citation after ####', () => {
    expect(templateFor('AIKEN')!.content).toContain('B. Dưới 16 tuổi\nC. Dưới 18 tuổi\nD. Dưới 15 tuổi\nANSWER: B');
    const gift = templateFor('GIFT')!.content;
    expect(gift).toContain('  =Dưới 16 tuổi\n');
    expect(gift).toContain('####Theo Điều 1 Luật Trẻ em năm 2016, trẻ em là người dưới 16 tuổi. Căn cứ\\: Điều 1, 102/2016/QH13');
  });

  it('the JSON template is a list of question contents with a citation', () => {
    const items = JSON.parse(templateFor('JSON')!.content);
    expect(items[0]).toMatchObject({ type: 'SINGLE_CHOICE', citations: [{ document: '102/2016/QH13', article: 1 }] });
    expect(items[0].choices.filter((c: { correct: boolean }) => c.correct)).toHaveLength(1);
  });

  it('spreadsheets of the LuậtVui layout come from an export instead', () => {
    expect(templateFor('XLSX_LUATVUI')).toBeNull();
    expect(templateFor('XLSX_KAHOOT')).toBeNull();
  });

  it('the file chooser offers the files of each format', () => {
    for (const f of IMPORT_FORMATS) expect(acceptFor(f)).toMatch(/^\./);
    expect(acceptFor('XLSX_KAHOOT')).toContain('.xlsx');
    expect(acceptFor('GIFT')).toContain('.gift');
  });
});
