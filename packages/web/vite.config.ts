import { defineConfig } from 'vite';

// React's automatic JSX runtime through Vite's built-in transform (no plugin needed);
// /api is proxied to a running `polos serve` during development.
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic' } },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 400 },
});
