import { describe, expect, it } from 'vitest';
import { articleParam, articlePath, day, documentPath, documentSlug, parseProvision, provisionAnchor } from './paths';

describe('reader addresses', () => {
  it('write a document number as its address, without marks', () => {
    expect(documentSlug('36/2024/QH15')).toBe('36-2024-QH15');
    expect(documentSlug('168/2024/NĐ-CP')).toBe('168-2024-ND-CP');
    expect(documentSlug('HP2013')).toBe('HP2013');
    expect(documentPath('100/2015/QH13')).toBe('/van-ban/100-2015-QH13');
  });

  it('give an article a permanent address, the cited khoản and điểm as its anchor', () => {
    expect(articlePath('36/2024/QH15', 9)).toBe('/van-ban/36-2024-QH15/dieu-9');
    expect(articlePath('36/2024/QH15', 9, 2)).toBe('/van-ban/36-2024-QH15/dieu-9#khoan-2');
    expect(articlePath('168/2024/NĐ-CP', 7, 9, 'đ')).toBe('/van-ban/168-2024-ND-CP/dieu-7#khoan-9-diem-d');
    expect(provisionAnchor(null, 'a')).toBe('diem-a');
    expect(provisionAnchor(null, null)).toBeNull();
  });

  it('read the Điều back from an address and refuse what is none', () => {
    expect(articleParam('dieu-9')).toBe('9');
    expect(articleParam('dieu-256a')).toBe('256a');
    expect(articleParam('9')).toBeNull();
    expect(articleParam('dieu-')).toBeNull();
    expect(articleParam('dieu-9/x')).toBeNull();
    expect(articleParam(undefined)).toBeNull();
  });

  it('read the provision an amending document names', () => {
    expect(parseProvision('Điều 1 khoản 1')).toEqual({ article: '1', clause: '1', point: null });
    expect(parseProvision('Điều 2 khoản 3 điểm đ')).toEqual({ article: '2', clause: '3', point: 'đ' });
    expect(parseProvision('Điều 256a')).toEqual({ article: '256a', clause: null, point: null });
    expect(parseProvision(null)).toBeNull();
  });

  it('write a day as Vietnamese documents do', () => {
    expect(day('2025-07-01')).toBe('01/07/2025');
  });
});
