import { compression, defineAlgorithm } from 'vite-plugin-compression2';
import { defineConfig } from 'vitest/config';
import { attemptWorker } from './offlineBuild';
import { playerPlugins, playerStylePlugins } from './playerBuild';

// Paths the Java server (quiz-server) answers itself; the dev server forwards them to
// API_TARGET (default http://localhost:8080), e.g. API_TARGET=http://localhost:8090 npm run dev.
const backend = process.env.API_TARGET || 'http://localhost:8080';
// Keep the browser's Host: the server accepts a POST only when its Origin names the host it was sent to.
const forward = { target: backend, changeOrigin: false };

export default defineConfig(({ mode }) => ({
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  // Hashed assets are compressed once at build time (brotli and gzip, kept beside the original)
  // and the server sends the variant the browser asks for; nothing is compressed per request.
  plugins: [
    // `vite build --mode player`: the player's page (/play) on its own, after the main build.
    ...(mode === 'player' ? playerPlugins(__dirname) : []),
    // The main build: the attempt page's service worker (sw.js) with the files it keeps.
    ...(mode === 'player' ? [] : [attemptWorker(__dirname)]),
    compression({
      include: /\.(js|css|svg|json|txt)$/,
      threshold: 512,
      algorithms: [defineAlgorithm('brotliCompress'), defineAlgorithm('gzip', { level: 9 })],
      logLevel: 'silent',
    }),
  ],
  ...(mode === 'player' ? { css: { postcss: { plugins: playerStylePlugins(__dirname) } } } : {}),
  build: {
    outDir: 'dist',
    assetsDir: 'assets',
    // Old phones: keep the syntax conservative.
    target: 'es2019',
    ...(mode === 'player'
      ? { emptyOutDir: false, copyPublicDir: false, modulePreload: false, rollupOptions: { input: 'play.html' } }
      : {}),
  },
  server: {
    proxy: {
      '/api': forward,
      '/health': forward,
      '/ws': { ...forward, ws: true },
    },
  },
  preview: { port: 4173 },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
  },
}));
