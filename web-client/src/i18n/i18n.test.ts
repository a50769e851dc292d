import { beforeEach, describe, expect, it, vi as vitest } from 'vitest';
import { en } from './en';
import { LANG_STORAGE_KEY, getLang, initLang, interpolate, setLang, storedLang, t } from './index';
import { vi } from './vi';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('dictionaries', () => {
  it('English has exactly the Vietnamese keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
  });

  it('every text is non-empty and in NFC', () => {
    for (const dictionary of [vi, en]) {
      for (const [key, text] of Object.entries(dictionary)) {
        expect(text.trim(), key).not.toBe('');
        expect(text, key).toBe(text.normalize('NFC'));
      }
    }
  });

  it("an accessible name given for a button contains the button's visible words (WCAG 2.5.3)", () => {
    for (const dictionary of [vi, en] as Record<string, string>[]) {
      for (const key of Object.keys(dictionary).filter((k) => k.endsWith('Named'))) {
        const visible = dictionary[key.slice(0, -'Named'.length)];
        expect(visible, key).toBeDefined();
        expect(dictionary[key].toLowerCase(), key).toContain(visible.toLowerCase());
      }
    }
  });

  it('both languages use the same placeholders for a key', () => {
    for (const key of Object.keys(vi) as (keyof typeof vi)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(vi[key]));
    }
  });
});

describe('t and interpolation', () => {
  beforeEach(() => {
    localStorage.clear();
    setLang('vi');
  });

  it('fills {name} placeholders', () => {
    expect(interpolate('Mã PIN: {pin}', { pin: '123 456' })).toBe('Mã PIN: 123 456');
    expect(interpolate('{a} và {b} và {a}', { a: 1, b: 'x' })).toBe('1 và x và 1');
  });

  it('leaves unknown placeholders as they are', () => {
    expect(interpolate('Xin chào {name}', {})).toBe('Xin chào {name}');
    expect(interpolate('Xin chào {name}')).toBe('Xin chào {name}');
  });

  it('translates into Vietnamese by default and English after a switch', () => {
    expect(t('nav.home')).toBe('Trang chủ');
    expect(t('play.pin', { pin: '654321' })).toBe('Mã PIN: 654321');
    setLang('en');
    expect(t('nav.home')).toBe('Home');
    expect(t('play.pin', { pin: '654321' })).toBe('PIN: 654321');
  });
});

describe('language switch', () => {
  beforeEach(() => localStorage.clear());

  it('loads English only when it is chosen, and switches once it has arrived', async () => {
    vitest.resetModules();
    const fresh = await import('./index');
    fresh.setLang('vi');

    const switching = fresh.setLang('en');
    expect(fresh.getLang()).toBe('vi');
    expect(fresh.t('nav.home')).toBe('Trang chủ');
    await switching;
    expect(fresh.getLang()).toBe('en');
    expect(fresh.t('nav.home')).toBe('Home');
  });

  it('defaults to Vietnamese when nothing or nonsense is stored', () => {
    expect(storedLang()).toBe('vi');
    localStorage.setItem(LANG_STORAGE_KEY, 'fr');
    expect(storedLang()).toBe('vi');
  });

  it('remembers the choice and updates <html lang>', () => {
    setLang('en');
    expect(localStorage.getItem(LANG_STORAGE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(getLang()).toBe('en');
  });

  it('restores the remembered choice at start-up', () => {
    setLang('vi');
    localStorage.setItem(LANG_STORAGE_KEY, 'en');
    document.documentElement.lang = 'vi';
    expect(initLang()).toBe('en');
    expect(getLang()).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });
});
