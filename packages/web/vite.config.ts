/**
 * Vite build of the web app. `@avp/source` makes Vite read the TypeScript sources of `@avp/core` (no
 * build of core needed first); the worker is an ES module so it can import core the same way.
 */
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react()],
  resolve: { conditions: ['@avp/source', 'module', 'browser', 'import', 'default'] },
  worker: { format: 'es' },
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 2000, reportCompressedSize: false },
  server: { fs: { allow: ['../..'] } },
})
