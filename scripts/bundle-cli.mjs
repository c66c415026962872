// Bundles the `avp` command into packages/cli/bundle/: one small entry (main.js) that parses the command
// line, and one chunk per command loaded on demand, so `avp check` reads only the engines it runs and
// never the server, the charts or the database driver. Built from the TypeScript sources with rolldown
// (which vite 8 already brings). better-sqlite3 stays outside: a native module npm compiles at install.
import { rmSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { build } from 'rolldown'

const cli = fileURLToPath(new URL('../packages/cli/', import.meta.url))
const outDir = `${cli}bundle`

/** Modules that must not be bundled: native code, and optional drivers nothing here installs. */
export const externalModules = ['better-sqlite3', 'pg-native']

rmSync(outDir, { recursive: true, force: true })
await build({
  input: {
    main: `${cli}src/main.ts`,
    // The finance Monte Carlo's worker is started by file name, beside the chunk that starts it.
    'simulate-worker': `${cli}src/finance/simulate-worker.ts`,
  },
  platform: 'node',
  resolve: { conditionNames: ['@avp/source', 'node', 'default'] },
  external: (id) => externalModules.some((name) => id === name || id.startsWith(`${name}/`)),
  logLevel: 'warn',
  output: {
    dir: outDir,
    format: 'esm',
    minify: process.env.AVP_BUNDLE_MINIFY !== '0',
    entryFileNames: '[name].js',
    chunkFileNames: '[name]-[hash].js',
    sourcemap: false,
  },
})
process.stdout.write(`bundled avp into ${outDir}\n`)
