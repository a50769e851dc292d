import { createStore, useStore } from '../store';
import { vi, type Dictionary, type MessageKey } from './vi';

export type { MessageKey } from './vi';
export type Lang = 'vi' | 'en';
export type Params = Record<string, string | number>;

export const LANGS: readonly Lang[] = ['vi', 'en'];
export const DEFAULT_LANG: Lang = 'vi';
export const LANG_STORAGE_KEY = 'luatvui.lang';

// Only Vietnamese ships in the main bundle: a phone downloads English only when it is chosen.
const dictionaries: Partial<Record<Lang, Dictionary>> = { vi };
const loaders: Record<Lang, () => Promise<Dictionary>> = {
  vi: () => Promise.resolve(vi),
  en: () => import('./en').then((m) => m.en),
};

/** Loads a language's dictionary once; until it has arrived, text shows in Vietnamese. */
export async function loadDictionary(lang: Lang): Promise<void> {
  dictionaries[lang] ??= await loaders[lang]();
}

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

/**
 * Switches the UI language and remembers it; the switch (and `<html lang>`) applies once the
 * language's dictionary is there: at once when it already is, else when the returned promise settles.
 */
export function setLang(lang: Lang): Promise<void> {
  try {
    localStorage.setItem(LANG_STORAGE_KEY, lang);
  } catch {
    // Not remembered; the switch still applies to this page.
  }
  return apply(lang);
}

/** Applies the remembered language at start-up (see {@link setLang} for when it shows). */
export function initLang(): Lang {
  const lang = storedLang();
  void apply(lang);
  return lang;
}

function apply(lang: Lang): Promise<void> {
  const show = () => {
    document.documentElement.lang = lang;
    langStore.set(lang);
  };
  if (dictionaries[lang]) {
    show();
    return Promise.resolve();
  }
  return loadDictionary(lang).then(show, () => undefined);
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
  return interpolate((dictionaries[langStore.get()] ?? vi)[key], params);
}

/** Re-renders the calling component when the language changes; returns the language. */
export function useLang(): Lang {
  return useStore(langStore);
}
