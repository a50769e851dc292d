import { beforeEach, describe, expect, it } from 'vitest';
import { setLang } from '../i18n';
import {
  cleanAccessCode,
  emptyRegistration,
  guardianNeeded,
  isDate,
  normalisePhone,
  registrationBody,
  registrationField,
  registrationProblems,
} from './registration';

beforeEach(() => setLang('vi'));

const filled = {
  fullName: '  Nguyễn   Thị Ánh ',
  birthDate: '2006-03-15',
  unitId: 12,
  phone: '0912 345.678',
  email: '',
  idNumber: '',
  consent: true,
  guardianName: '',
  guardianAccepted: false,
};

describe('registration', () => {
  it('asks for everything needed, and a phone or an email', () => {
    const problems = registrationProblems(emptyRegistration(), false, '2026-11-28');
    expect(Object.keys(problems).sort()).toEqual(['birthDate', 'consent', 'contact', 'fullName', 'unitId']);
    expect(problems.contact).toBe('Hãy nhập số điện thoại hoặc email.');
    expect(registrationProblems(filled, false, '2026-11-28')).toEqual({});
    expect(registrationProblems({ ...filled, phone: '', email: 'anh@example.vn' }, false, '2026-11-28')).toEqual({});
  });

  it('checks dates, phones, emails and the ID number when asked', () => {
    const p = (patch: object, ask = false) => registrationProblems({ ...filled, ...patch }, ask, '2026-11-28');
    expect(p({ birthDate: '2006-02-30' }).birthDate).toBe('Ngày sinh không hợp lệ.');
    expect(p({ birthDate: '2026-11-29' }).birthDate).toBe('Người dự thi phải từ 6 đến 100 tuổi.');
    expect(p({ birthDate: '2020-11-29' }).birthDate).toBe('Người dự thi phải từ 6 đến 100 tuổi.');
    expect(p({ birthDate: '2020-11-28' }).birthDate).toBeUndefined();
    expect(p({ fullName: 'A' }).fullName).toBe('Họ và tên dài từ 2 đến 100 ký tự.');
    expect(p({ fullName: 'Ánh 2006' }).fullName).toBe("Họ và tên chỉ gồm chữ cái, dấu cách và các dấu . ' -");
    expect(p({ fullName: "Hồ Thị Mỹ-Duyên O'Neil" }).fullName).toBeUndefined();
    expect(p({ phone: '12ab' }).phone).toBeTruthy();
    expect(p({ phone: '912345678' }).phone).toBeTruthy();
    expect(p({ phone: '+84 912 345 678' }).phone).toBeUndefined();
    expect(p({ email: 'not-an-email' }).email).toBe('Email không hợp lệ.');
    expect(p({}, true).idNumber).toBe('Cuộc thi này yêu cầu số căn cước.');
    expect(p({ idNumber: '012345678' }, true).idNumber).toBe('Số căn cước gồm đúng 12 chữ số.');
    expect(p({ idNumber: '001206012345' }, true).idNumber).toBeUndefined();
    expect(isDate('2024-02-29')).toBe(true);
    expect(isDate('2023-02-29')).toBe(false);
  });

  it('sends clean values and nulls for blanks; the ID number only when asked', () => {
    expect(registrationBody({ ...filled, idNumber: '001206012345' }, false)).toEqual({
      fullName: 'Nguyễn Thị Ánh',
      birthDate: '2006-03-15',
      unitId: 12,
      phone: '0912345678',
      email: null,
      idNumber: null,
      consent: { accepted: true, guardianName: null, guardianAccepted: false },
    });
    expect(registrationBody({ ...filled, idNumber: ' 001206012345 ' }, true).idNumber).toBe('001206012345');
    expect(registrationBody({ ...filled, fullName: 'Nguyễn Thị Ánh'.normalize('NFD') }, false).fullName).toBe('Nguyễn Thị Ánh');
  });

  it('asks for consent, and a guardian\'s under sixteen', () => {
    const p = (patch: object) => registrationProblems({ ...filled, ...patch }, false, '2026-11-28');
    expect(p({ consent: false }).consent).toBe('Cần đồng ý với việc xử lý dữ liệu cá nhân thì mới đăng ký được.');
    expect(guardianNeeded('2010-11-29', '2026-11-28')).toBe(true);
    expect(guardianNeeded('2010-11-28', '2026-11-28')).toBe(false);
    expect(Object.keys(p({ birthDate: '2012-01-01' }))).toEqual(['guardianName', 'guardianAccepted']);
    expect(p({ birthDate: '2012-01-01', guardianName: 'Trần Văn Bố', guardianAccepted: true })).toEqual({});
    expect(registrationField('consent.accepted')).toBe('consent');
    expect(registrationField('consent.guardianName')).toBe('guardianName');
  });

  it('maps server violations to fields, and cleans an access code', () => {
    expect(registrationField('unitId')).toBe('unitId');
    expect(registrationField('$.phone')).toBe('phone');
    expect(registrationField('other')).toBeNull();
    expect(normalisePhone(' (091) 234-5678 ')).toBe('0912345678');
    expect(normalisePhone('+84 912.345.678')).toBe('0912345678');
    expect(cleanAccessCode(' K7QP 29XM ')).toBe('K7QP29XM');
  });
});
