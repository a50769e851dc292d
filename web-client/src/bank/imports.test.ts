import { describe, expect, it } from 'vitest';
import { importQuery, newImportId } from './imports';

describe('the import calls', () => {
  it('name the import, so the server files its progress and its fixed rows under it', () => {
    expect(importQuery('CSV_LUATVUI', 'commit', { document: '', article: '', clause: '' }, [5, 3, 5], null, 'abc-12345678')).toBe(
      '?format=CSV_LUATVUI&mode=commit&skip=3%2C5&import=abc-12345678',
    );
  });

  it('give each import an id of their own the contract accepts', () => {
    const a = newImportId();
    expect(a).toMatch(/^[A-Za-z0-9-]{8,64}$/);
    expect(newImportId()).not.toBe(a);
  });
});
