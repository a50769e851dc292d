import { defineConfig } from 'vitest/config';

// Paths the Java server (quiz-server) answers itself; the dev server forwards them.
const backend = 'http://localhost:8080';

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
      '/api': backend,
      '/health': backend,
      '/ws': { target: backend, ws: true },
    },
  },
  preview: { port: 4173 },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.{ts,tsx}'],
  },
});
