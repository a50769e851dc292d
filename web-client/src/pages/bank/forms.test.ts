import { beforeEach, describe, expect, it } from 'vitest';
import { setLang } from '../../i18n';
import { citationProblem, importQuery, isSheet, sheetKind } from './ImportWizard';
import { documentBody, parseNumbers } from './Registry';
import { accountProblems } from './Users';

beforeEach(() => setLang('vi'));

describe('import wizard', () => {
  it('sends the default citation only when a document is chosen', () => {
    expect(importQuery('CSV_KAHOOT', 'preview', { document: '', article: '9', clause: '' })).toBe('?format=CSV_KAHOOT&mode=preview');
    expect(importQuery('XLSX_KAHOOT', 'commitValid', { document: '36/2024/QH15', article: '9', clause: '2' })).toBe(
      '?format=XLSX_KAHOOT&mode=commitValid&citationDocument=36%2F2024%2FQH15&citationArticle=9&citationClause=2',
    );
  });

  it('sends the mapped columns of a sheet of no known layout with its header row', () => {
    const mapped = { headerRow: 2, mapping: { B: 'question', C: 'option1', D: 'option2', F: 'correct' } as const };
    expect(importQuery('XLSX_LUATVUI', 'preview', { document: '', article: '', clause: '' }, [], mapped)).toBe(
      '?format=XLSX_LUATVUI&mode=preview&headerRow=2&columns=question%3AB%2Coption1%3AC%2Coption2%3AD%2Ccorrect%3AF',
    );
  });

  it('asks the server about spreadsheets by the kind the file name says', () => {
    expect(isSheet('CSV_WAYGROUND')).toBe(true);
    expect(isSheet('MOODLE_XML')).toBe(false);
    expect(sheetKind('de-thi.CSV', 'XLSX_KAHOOT')).toBe('CSV_LUATVUI');
    expect(sheetKind('de-thi.xlsx', 'CSV_KAHOOT')).toBe('XLSX_LUATVUI');
    expect(sheetKind('de-thi', 'CSV_KAHOOT')).toBe('CSV_LUATVUI');
  });

  it('sends the rows the user chose to skip, in order', () => {
    expect(importQuery('GIFT', 'commit', { document: '', article: '', clause: '' }, [12, 4])).toBe('?format=GIFT&mode=commit&skip=4%2C12');
  });

  it('a default citation needs its Điều; khoản, when given, is a number', () => {
    expect(citationProblem({ document: '', article: '', clause: '' })).toBeNull();
    expect(citationProblem({ document: '36/2024/QH15', article: '', clause: '' })).toBe('article');
    expect(citationProblem({ document: '36/2024/QH15', article: '9', clause: 'hai' })).toBe('clause');
    expect(citationProblem({ document: '36/2024/QH15', article: '9', clause: '' })).toBeNull();
  });
});

describe('registry', () => {
  it('sends exactly the fields of a document (the API refuses others), empty dates as null', () => {
    const view = {
      id: 3,
      number: ' 23/2008/QH12 ',
      name: 'Luật Giao thông đường bộ',
      kind: 'LUAT' as const,
      issued: '2008-11-13',
      effectiveFrom: '2009-07-01',
      effectiveTo: '',
      replacedBy: ['36/2024/QH15', ' '],
      inForce: true,
      citingQuestions: 7,
    };
    expect(documentBody(view)).toEqual({
      number: '23/2008/QH12',
      name: 'Luật Giao thông đường bộ',
      kind: 'LUAT',
      issued: '2008-11-13',
      effectiveFrom: '2009-07-01',
      effectiveTo: null,
      replacedBy: ['36/2024/QH15'],
    });
  });

  it('reads "replaced by" numbers separated by commas, semicolons or spaces', () => {
    expect(parseNumbers('36/2024/QH15, 35/2024/QH15;36/2024/QH15 ')).toEqual(['36/2024/QH15', '35/2024/QH15']);
    expect(parseNumbers('  ')).toEqual([]);
  });
});

describe('new accounts', () => {
  it('need an email, a name, at least one role, and a password of at least 10 characters when one is typed', () => {
    expect(accountProblems({ email: 'a@b', displayName: ' ', password: 'ngan', roles: [] })).toEqual({
      email: 'Email không hợp lệ.',
      displayName: 'Tên hiển thị cần từ 1 đến 100 ký tự.',
      password: 'Mật khẩu cần ít nhất 10 ký tự.',
      roles: 'Hãy chọn ít nhất một vai trò.',
    });
    expect(accountProblems({ email: 'tac.gia@truong.edu.vn', displayName: 'Cô Lan', password: '0123456789', roles: ['AUTHOR'] })).toEqual({});
  });

  it('without a password, the account is invited to choose its own', () => {
    expect(accountProblems({ email: 'tac.gia@truong.edu.vn', displayName: 'Cô Lan', password: '', roles: ['HOST'] })).toEqual({});
  });
});
