import { defineConfig } from 'vitest/config';

// Paths the Java server (quiz-server) answers itself; the dev server forwards them to
// API_TARGET (default http://localhost:8080), e.g. API_TARGET=http://localhost:8090 npm run dev.
const backend = process.env.API_TARGET || 'http://localhost:8080';
// Keep the browser's Host: the server accepts a POST only when its Origin names the host it was sent to.
const forward = { target: backend, changeOrigin: false };

export default defineConfig({
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  build: {
    outDir: 'dist',
    assetsDir: 'assets',
    // Old phones: keep the syntax conservative.
    target: 'es2019',
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
  },
});
