import { createStore, useStore } from '../store';
import { en } from './en';
import { vi, type Dictionary, type MessageKey } from './vi';

export type { MessageKey } from './vi';
export type Lang = 'vi' | 'en';
export type Params = Record<string, string | number>;

export const LANGS: readonly Lang[] = ['vi', 'en'];
export const DEFAULT_LANG: Lang = 'vi';
export const LANG_STORAGE_KEY = 'luatvui.lang';

const dictionaries: Record<Lang, Dictionary> = { vi, en };

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** The remembered language, or Vietnamese. Storage may be unavailable (private mode). */
export function storedLang(): Lang {
  try {
    const saved = localStorage.getItem(LANG_STORAGE_KEY);
    return isLang(saved) ? saved : DEFAULT_LANG;
  } catch {
    return DEFAULT_LANG;
  }
}

const langStore = createStore<Lang>(storedLang());

export function getLang(): Lang {
  return langStore.get();
}

/** Switches the UI language, remembers it and updates `<html lang>`. */
export function setLang(lang: Lang): void {
  try {
    localStorage.setItem(LANG_STORAGE_KEY, lang);
  } catch {
    // Not remembered; the switch still applies to this page.
  }
  document.documentElement.lang = lang;
  langStore.set(lang);
}

/** Applies the remembered language at start-up. */
export function initLang(): Lang {
  const lang = storedLang();
  document.documentElement.lang = lang;
  langStore.set(lang);
  return lang;
}

/** Replaces `{name}` placeholders; unknown placeholders are left as they are. */
export function interpolate(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/** Translates a key into the current language. */
export function t(key: MessageKey, params?: Params): string {
  return interpolate(dictionaries[langStore.get()][key], params);
}

/** Re-renders the calling component when the language changes; returns the language. */
export function useLang(): Lang {
  return useStore(langStore);
}
