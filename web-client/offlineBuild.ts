// The attempt page's service worker (sw/attempt-sw.js), written by the main build with the list of
// files the attempt page needs: the entry, the attempt page's chunk, what they import (scripts and
// styles) and the English words. Its version is a hash of those file names and of the page, so a
// build that changes any of them gives a new worker and a new cache.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { OutputBundle, OutputChunk } from 'rollup';
import type { Plugin } from 'vite';

/** The modules whose chunks (and what those import) the worker keeps. */
const KEPT_MODULES = [/\/pages\/contest\/AttemptPage\.tsx$/, /\/i18n\/en\.ts$/];

/** The files the attempt page needs, as absolute paths ("/assets/…"), sorted. */
export function attemptFiles(bundle: OutputBundle): string[] {
  const chunks = Object.values(bundle).filter((f): f is OutputChunk => f.type === 'chunk');
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const files = new Set<string>();
  const visit = (chunk: OutputChunk) => {
    if (files.has(chunk.fileName)) return;
    files.add(chunk.fileName);
    chunk.viteMetadata?.importedCss.forEach((css) => files.add(css));
    for (const name of chunk.imports) {
      const imported = byFile.get(name);
      if (imported) visit(imported);
    }
  };
  for (const chunk of chunks) {
    const id = chunk.facadeModuleId ?? '';
    if (chunk.isEntry || KEPT_MODULES.some((m) => m.test(id))) visit(chunk);
  }
  return [...files].sort().map((f) => `/${f}`);
}

/** The worker's code for these files and this page. */
export function workerSource(template: string, files: string[], page: string): string {
  const version = createHash('sha256').update(files.join('\n')).update('\n').update(page).digest('hex').slice(0, 16);
  return template.replace('__VERSION__', version).replace('__ASSETS__', JSON.stringify(files));
}

export function attemptWorker(root: string): Plugin {
  return {
    name: 'luatvui:attempt-worker',
    apply: 'build',
    enforce: 'post',
    generateBundle(_, bundle) {
      const page = bundle['index.html'];
      if (!page || page.type !== 'asset') return;
      const template = readFileSync(resolve(root, 'sw/attempt-sw.js'), 'utf8');
      this.emitFile({ type: 'asset', fileName: 'sw.js', source: workerSource(template, attemptFiles(bundle), String(page.source)) });
    },
  };
}
