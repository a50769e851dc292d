import type { OutputBundle, OutputChunk } from 'rollup';
import { describe, expect, it } from 'vitest';
import { attemptFiles, workerSource } from '../../offlineBuild';

function chunk(fileName: string, facadeModuleId: string | null, imports: string[], css: string[] = [], isEntry = false): OutputChunk {
  return { type: 'chunk', fileName, facadeModuleId, imports, isEntry, viteMetadata: { importedCss: new Set(css), importedAssets: new Set() } } as unknown as OutputChunk;
}

const bundle = {
  'assets/index-A.js': chunk('assets/index-A.js', '/w/index.html', ['assets/util-B.js'], ['assets/index-A.css'], true),
  'assets/util-B.js': chunk('assets/util-B.js', null, []),
  'assets/AttemptPage-C.js': chunk('assets/AttemptPage-C.js', '/w/src/pages/contest/AttemptPage.tsx', ['assets/clock-D.js'], ['assets/contest-E.css']),
  'assets/clock-D.js': chunk('assets/clock-D.js', null, ['assets/util-B.js']),
  'assets/Editor-F.js': chunk('assets/Editor-F.js', '/w/src/pages/bank/Editor.tsx', ['assets/big-G.js']),
  'assets/big-G.js': chunk('assets/big-G.js', null, []),
  'assets/en-H.js': chunk('assets/en-H.js', '/w/src/i18n/en.ts', []),
} as unknown as OutputBundle;

describe("the attempt page's service worker, as the build writes it", () => {
  it('keeps the entry, the attempt page and what they import, and no other page', () => {
    expect(attemptFiles(bundle)).toEqual([
      '/assets/AttemptPage-C.js',
      '/assets/clock-D.js',
      '/assets/contest-E.css',
      '/assets/en-H.js',
      '/assets/index-A.css',
      '/assets/index-A.js',
      '/assets/util-B.js',
    ]);
  });

  it('is a new worker (a new cache) when a kept file or the page changes, the same one otherwise', () => {
    const template = "const VERSION = '__VERSION__';\nconst ASSETS = __ASSETS__;";
    const files = attemptFiles(bundle);
    const one = workerSource(template, files, '<html>1</html>');
    expect(one).toMatch(/^const VERSION = '[0-9a-f]{16}';\nconst ASSETS = \["\/assets\/AttemptPage-C\.js",/);
    expect(workerSource(template, files, '<html>1</html>')).toBe(one);
    expect(workerSource(template, files, '<html>2</html>')).not.toBe(one);
    expect(workerSource(template, [...files.slice(1), '/assets/AttemptPage-Z.js'], '<html>1</html>')).not.toBe(one);
  });
});
