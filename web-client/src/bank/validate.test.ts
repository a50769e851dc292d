import { beforeEach, describe, expect, it } from 'vitest';
import { setLang } from '../i18n';
import { changeType, emptyEditor, setAccepted, setChoiceText, setCitation, setCorrect, addAccepted, type EditorState } from './editor';
import { fieldId, fieldKeyOf, mapViolations, mergeErrors, orderedErrors, validate } from './validate';

beforeEach(() => setLang('vi'));

/** A complete, valid single-choice question. */
function valid(): EditorState {
  let s = emptyEditor();
  s = { ...s, text: 'Trẻ em là người dưới bao nhiêu tuổi?', explanation: 'Theo Điều 1 Luật Trẻ em.' };
  ['Dưới 16 tuổi', 'Dưới 18 tuổi', 'Dưới 14 tuổi', 'Dưới 15 tuổi'].forEach((text, i) => (s = setChoiceText(s, s.choices[i].key, text)));
  s = setCorrect(s, s.choices[0].key, true);
  return setCitation(s, s.citations[0].key, { document: '102/2016/QH13', article: '1' });
}

const keys = (s: EditorState) => Object.keys(validate(s)).sort();

describe('client-side checks', () => {
  it('accept a complete question', () => {
    expect(validate(valid())).toEqual({});
  });

  it('need text, explanation, a correct answer, and a document and Điều for each citation', () => {
    const s = emptyEditor();
    const errors = validate(s);
    const c = s.citations[0].key;
    expect(Object.keys(errors).sort()).toEqual(
      ['choices', 'explanation', 'text', `citation.${c}.article`, `citation.${c}.document`, ...s.choices.map((x) => `choice.${x.key}`)].sort(),
    );
    expect(errors.text).toEqual(['Hãy nhập nội dung câu hỏi.']);
    expect(errors.choices).toEqual(['Hãy đánh dấu đáp án đúng.']);
    expect(errors[`choice.${s.choices[0].key}`]).toEqual(['Phương án 1 đang trống.']);
  });

  it('mirror the server limits on lengths', () => {
    const s = { ...valid(), text: 'x'.repeat(2001), explanation: 'y'.repeat(1501) };
    const errors = validate(s);
    expect(errors.text).toEqual(['Nội dung câu hỏi dài quá 2000 ký tự (đang có 2001).']);
    expect(errors.explanation?.[0]).toContain('1500');
    expect(validate({ ...valid(), text: 'x'.repeat(2000) })).toEqual({});
    const base = valid();
    const key = base.choices[0].key;
    expect(validate(setChoiceText(base, key, 'z'.repeat(1000)))).toEqual({});
    expect(validate(setChoiceText(base, key, 'z'.repeat(1001)))[`choice.${key}`]?.[0]).toContain('1000');
  });

  it('find repeated choices regardless of case and diacritics', () => {
    let s = valid();
    s = setChoiceText(s, s.choices[2].key, 'dưới 16 TUOI');
    expect(validate(s)[`choice.${s.choices[2].key}`]).toEqual(['Phương án 3 trùng với một phương án khác.']);
  });

  it('need one of Đúng/Sai chosen for true/false', () => {
    const s = changeType(valid(), 'TRUE_FALSE');
    expect(validate(s).choices).toEqual(['Hãy chọn nhận định là Đúng hay Sai.']);
    expect(validate({ ...s, trueFalse: true })).toEqual({});
  });

  it('need an accepted answer for type-answer, within 80 characters', () => {
    let s = changeType(valid(), 'TYPE_ANSWER');
    s = setAccepted(s, s.accepted[0].key, '');
    expect(keys(s)).toEqual(['accepted']);
    s = setAccepted(s, s.accepted[0].key, 'a'.repeat(81));
    expect(keys(s)).toEqual([`accepted.${s.accepted[0].key}`]);
  });

  it('need three items for ordering, and no correct flags for polls', () => {
    const ordering = changeType(valid(), 'ORDERING');
    expect(validate(ordering)).toEqual({});
    expect(validate(changeType(valid(), 'POLL'))).toEqual({});
  });

  it('check Điều, khoản and điểm of citations', () => {
    const s = valid();
    const k = s.citations[0].key;
    expect(keys(setCitation(s, k, { article: '0' }))).toEqual([`citation.${k}.article`]);
    expect(keys(setCitation(s, k, { article: '9a' }))).toEqual([`citation.${k}.article`]);
    expect(keys(setCitation(s, k, { clause: 'x' }))).toEqual([`citation.${k}.clause`]);
    expect(keys(setCitation(s, k, { clause: '2', point: 'ab' }))).toEqual([`citation.${k}.point`]);
    expect(validate(setCitation(s, k, { point: 'a' }))[`citation.${k}.point`]).toEqual(['Có điểm thì phải có khoản.']);
    expect(validate(setCitation(s, k, { clause: '2', point: 'đ' }))).toEqual({});
    expect(keys({ ...s, citations: [] })).toEqual(['citations']);
  });

  it('check tags and the image address', () => {
    expect(keys({ ...valid(), tags: Array.from({ length: 11 }, (_, i) => `t${i}`).join(',') })).toEqual(['tags']);
    expect(keys({ ...valid(), tags: 'x'.repeat(41) })).toEqual(['tags']);
    expect(keys({ ...valid(), imageUrl: 'http://example.com/a.png' })).toEqual(['imageUrl']);
    expect(validate({ ...valid(), imageUrl: '/images/a.png' })).toEqual({});
  });

  it('speak the reader’s language', () => {
    setLang('en');
    expect(validate({ ...valid(), text: '' }).text).toEqual(['Enter the question text.']);
  });
});

describe('server violations → form fields', () => {
  it('maps plain fields and lists to their fields', () => {
    const s = valid();
    expect(fieldKeyOf('text', s)).toBe('text');
    expect(fieldKeyOf('explanation', s)).toBe('explanation');
    expect(fieldKeyOf('choices', s)).toBe('choices');
    expect(fieldKeyOf('tags[3]', s)).toBe('tags');
    expect(fieldKeyOf('difficulty', s)).toBe('difficulty');
    expect(fieldKeyOf('content.text', s)).toBe('text');
  });

  it('maps choices[i] to that choice, by its key', () => {
    const s = valid();
    expect(fieldKeyOf('choices[1]', s)).toBe(`choice.${s.choices[1].key}`);
    expect(fieldKeyOf('choices[9]', s)).toBe('choices');
  });

  it('maps every choice path of a true/false question to the Đúng/Sai group', () => {
    const s = changeType(valid(), 'TRUE_FALSE');
    expect(fieldKeyOf('choices[0]', s)).toBe('choices');
  });

  it('maps citations[i].part to the part of that citation', () => {
    let s = valid();
    s = { ...s, citations: [...s.citations, { ...s.citations[0], key: 999 }] };
    expect(fieldKeyOf('citations[1].document', s)).toBe('citation.999.document');
    expect(fieldKeyOf('citations[0].point', s)).toBe(`citation.${s.citations[0].key}.point`);
    expect(fieldKeyOf('citations[0]', s)).toBe(`citation.${s.citations[0].key}.document`);
    expect(fieldKeyOf('citations', s)).toBe('citations');
  });

  it('maps accepted[i] past the blank rows that were not sent', () => {
    let s = changeType(valid(), 'TYPE_ANSWER');
    s = setAccepted(s, s.accepted[0].key, '');
    s = addAccepted(s);
    s = setAccepted(s, s.accepted[1].key, 'mười sáu');
    expect(fieldKeyOf('accepted[0]', s)).toBe(`accepted.${s.accepted[1].key}`);
  });

  it('keeps what names no field for the summary', () => {
    expect(fieldKeyOf('baseVersion', valid())).toBe('_form');
    expect(fieldKeyOf('???', valid())).toBe('_form');
  });

  it('groups the messages and orders them as the form shows the fields', () => {
    const s = valid();
    const errors = mergeErrors(
      mapViolations(
        [
          { field: 'citations[0].document', message: 'Văn bản số 1/2000 chưa có trong danh mục văn bản pháp luật.' },
          { field: 'choices[2]', message: 'Phương án 3 trùng với một phương án khác.' },
          { field: 'text', message: 'Nội dung câu hỏi đang trống.' },
        ],
        s,
      ),
      { text: ['Nội dung câu hỏi đang trống.'] },
    );
    expect(errors.text).toEqual(['Nội dung câu hỏi đang trống.']);
    expect(orderedErrors(errors, s).map((e) => e.key)).toEqual([
      'text',
      `choice.${s.choices[2].key}`,
      `citation.${s.citations[0].key}.document`,
    ]);
  });

  it('gives each field a DOM id', () => {
    expect(fieldId('citation.12.article')).toBe('q-citation-12-article');
    expect(fieldId('text')).toBe('q-text');
  });
});
