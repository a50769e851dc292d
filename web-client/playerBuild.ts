// The player's build (`vite build --mode player`): play.html and one script, with only the words
// the player's screens use, the styles inside the page and the icon as a data address, so that a
// phone on a slow network loads /play in two requests.
import { readFileSync, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { en } from './src/i18n/en';
import { vi } from './src/i18n/vi';

export const PLAYER_ENTRY = 'src/pages/play/main.tsx';
const DICTIONARIES: Record<string, Record<string, string>> = { vi, en };

/** Every module the player's entry reaches through relative imports (the dictionaries left out). */
export function playerModules(root: string, entry = PLAYER_ENTRY): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || /\/i18n\/(vi|en)\.ts$/.test(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)'(\.{1,2}\/[^']+)'/g)) {
      const target = resolveSource(dirname(file), m[1]);
      if (target) visit(target);
    }
  };
  visit(resolve(root, entry));
  return [...seen];
}

function resolveSource(dir: string, spec: string): string | null {
  const base = resolve(dir, spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`]) {
    if (/\.(ts|tsx)$/.test(candidate) && existsSync(candidate)) return candidate;
  }
  return null;
}

/** The message keys the modules name: as string literals, or as the prefix of a template (`shape.${x}`). */
export function usedKeys(files: string[], all: readonly string[]): Set<string> {
  const used = new Set<string>();
  const known = new Set(all);
  for (const file of files) {
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/['"`]([A-Za-z][\w-]*(?:\.[\w-]+)+)['"`]/g)) if (known.has(m[1])) used.add(m[1]);
    for (const m of code.matchAll(/`([A-Za-z][\w-]*(?:\.[\w-]+)*\.)\$\{/g)) {
      for (const key of all) if (key.startsWith(m[1])) used.add(key);
    }
  }
  return used;
}

/** Words the player's modules and page could put in a class attribute, and prefixes of built ones (`tile-${tone}`). */
export function classWords(root: string): { words: Set<string>; prefixes: string[] } {
  const files = [...playerModules(root), resolve(root, 'play.html')];
  const words = new Set<string>();
  const prefixes = new Set<string>();
  for (const file of files) {
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/[A-Za-z_][\w-]*/g)) words.add(m[0]);
    for (const m of code.matchAll(/([A-Za-z_][\w-]*-)\$\{/g)) prefixes.add(m[1]);
  }
  return { words, prefixes: [...prefixes] };
}

/**
 * Leaves out of the player's stylesheet the rules for classes no player module names (the bank's
 * editor, the contests' forms…): less to send and, on a slow phone, less to parse before the first paint.
 */
function pruneStyles(root: string) {
  let used: ReturnType<typeof classWords> | null = null;
  const kept = (selector: string) => {
    used ??= classWords(root);
    const { words, prefixes } = used;
    return [...selector.matchAll(/\.([A-Za-z_][\w-]*)/g)].every(([, name]) => words.has(name) || prefixes.some((p) => name.startsWith(p)));
  };
  type Node = { type: string; selectors?: string[]; selector?: string; nodes?: Node[]; parent?: Node; remove(): void };
  const empty = (node: Node | undefined) => !!node && node.type === 'atrule' && !!node.nodes && node.nodes.length === 0;
  return {
    postcssPlugin: 'luatvui-player-styles',
    Once(css: { walkRules(fn: (rule: Node) => void): void; walkAtRules(fn: (rule: Node) => void): void }) {
      css.walkRules((rule) => {
        if (rule.parent?.type === 'atrule' && /keyframes/.test(String((rule.parent as { name?: string }).name))) return;
        const selectors = (rule.selectors ?? []).filter(kept);
        if (selectors.length === 0) rule.remove();
        else rule.selector = selectors.join(',');
      });
      css.walkAtRules((at) => {
        if (empty(at)) at.remove();
      });
    },
  };
}

/** The player's dictionaries: only the keys its modules use. */
function playerDictionary(root: string): Plugin {
  let keys: Set<string> | null = null;
  return {
    name: 'luatvui:player-dictionary',
    enforce: 'pre',
    resolveId(source, importer) {
      if (importer?.endsWith('/src/i18n/index.ts') && (source === './vi' || source === './en')) return `\0player-dict:${source.slice(2)}`;
      return null;
    },
    load(id) {
      if (!id.startsWith('\0player-dict:')) return null;
      const lang = id.slice('\0player-dict:'.length);
      keys ??= usedKeys(playerModules(root), Object.keys(vi));
      const words = Object.fromEntries(Object.entries(DICTIONARIES[lang]).filter(([key]) => keys!.has(key)));
      return `export const ${lang} = ${JSON.stringify(words)};`;
    },
  };
}

/**
 * Fills `%t:key%` with the Vietnamese words and `%favicon%` with the icon, in play.html, and puts the
 * first script (public/play-early.js) inside the page: the game socket then opens as soon as the
 * page's head is read, without waiting for a request of its own (one round trip, 300 ms on a poor
 * link). The server allows that one inline script by its hash (quiz-server WebClientRoutes).
 */
function playerPage(root: string): Plugin {
  return {
    name: 'luatvui:player-page',
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        const icon = readFileSync(resolve(root, 'public/favicon.svg'), 'utf8').trim();
        const early = readFileSync(resolve(root, 'public/play-early.js'), 'utf8').trim();
        if (/<\/script/i.test(early)) throw new Error('public/play-early.js must not contain "</script"');
        return html
          .replace(/%t:([\w.]+)%/g, (_, key: string) => escapeHtml(vi[key as keyof typeof vi] ?? key))
          .replace('%favicon%', `data:image/svg+xml,${encodeURIComponent(icon)}`)
          .replace('<script async src="/play-early.js"></script>', () => `<script>${early}</script>`);
      },
    },
  };
}

/** Puts the stylesheet into the page: one request fewer, and the form shows as soon as the page is in. */
function inlineStyles(): Plugin {
  return {
    name: 'luatvui:inline-styles',
    enforce: 'post',
    generateBundle(_, bundle) {
      const page = bundle['play.html'];
      if (!page || page.type !== 'asset') return;
      let html = String(page.source);
      for (const [name, file] of Object.entries(bundle)) {
        if (file.type !== 'asset' || !name.endsWith('.css')) continue;
        const link = new RegExp(`<link rel="stylesheet"[^>]*href="/${name.replace(/[.]/g, '\\.')}"[^>]*>`);
        if (!link.test(html)) continue;
        html = html.replace(link, () => `<style>${String(file.source)}</style>`);
        delete bundle[name];
      }
      page.source = html;
    },
  };
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function playerPlugins(root: string): Plugin[] {
  return [playerDictionary(root), playerPage(root), inlineStyles()];
}

/** The PostCSS plugins of the player's build. */
export function playerStylePlugins(root: string) {
  return [pruneStyles(root)];
}
