import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const webDir = dirname(fileURLToPath(import.meta.url));

/**
 * Pages of the multi-page build, each its own entry so one never pulls another's bundle.
 * Add a page by adding one line (e.g. `vote: 'vote/index.html'`).
 */
const pages: Record<string, string> = {
  main: 'index.html',
  vote: 'vote/index.html',
  village: 'village/index.html',
  township: 'township/index.html',
  poster: 'poster/index.html',
  letters: 'letters/index.html',
};

/**
 * React and TanStack Query change rarely: their own long-cached chunk. Ant Design is left to the
 * bundler's automatic splitting, so each page loads only the components it uses.
 */
function vendorChunk(id: string): string | undefined {
  if (/node_modules\/(react|react-dom|scheduler|react-router|@tanstack\/[^/]+)\//.test(id)) return 'react';
  return undefined;
}

export default defineConfig({
  root: webDir,
  plugins: [react()],
  build: {
    outDir: resolve(webDir, '../dist/web'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      input: Object.fromEntries(Object.entries(pages).map(([name, file]) => [name, resolve(webDir, file)])),
      output: { manualChunks: vendorChunk },
    },
  },
  server: {
    proxy: { '/api': 'http://localhost:3000' },
  },
});
