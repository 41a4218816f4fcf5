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
};

/** Big libraries get their own long-cached chunks, shared by whichever pages use them. */
function vendorChunk(id: string): string | undefined {
  if (!id.includes('node_modules')) return undefined;
  if (/node_modules\/(react|react-dom|scheduler|react-router)\//.test(id)) return 'react';
  if (/node_modules\/@tanstack\//.test(id)) return 'query';
  if (/node_modules\/(@ant-design\/icons|@ant-design\/icons-svg)\//.test(id)) return 'antd-icons';
  if (/node_modules\/(antd|@ant-design|@rc-component|rc-[^/]+|dayjs)\//.test(id)) return 'antd';
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
