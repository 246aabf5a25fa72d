import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The web app: built from src/web into dist/web, which `warrant serve` serves beside the API. */
export default defineConfig({
  root: 'src/web',
  plugins: [react()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    sourcemap: true,
    // Fail the build if the initial script grows past the budget (300 KB gzipped, checked in the bench).
    chunkSizeWarningLimit: 900,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
