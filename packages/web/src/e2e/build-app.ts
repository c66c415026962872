/**
 * @module e2e/build-app
 * Builds the web app for a browser test into its own folder (test files may run at the same time, and
 * must not overwrite each other's build or a developer's `dist/`).
 */
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'

export const webRoot = new URL('../../', import.meta.url).pathname
export const repoRoot = new URL('../../../../', import.meta.url).pathname
export const resultsDirectory = join(repoRoot, '.test-results')

/** Runs `vite build` into `.test-results/<name>` and returns that folder. */
export function buildApp(name: string): string {
  const outDir = join(resultsDirectory, name)
  const build = spawnSync(
    process.execPath,
    [
      join(repoRoot, 'node_modules/vite/bin/vite.js'),
      'build',
      '--logLevel',
      'error',
      '--outDir',
      outDir,
      '--emptyOutDir',
    ],
    {
      cwd: webRoot,
      encoding: 'utf8',
      // vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
      env: { ...process.env, NODE_ENV: 'production' },
    },
  )
  if (build.status !== 0) throw new Error(`vite build failed:\n${build.stdout}\n${build.stderr}`)
  return outDir
}

export const chromiumPath = process.env.AVP_CHROMIUM ?? '/usr/bin/chromium'
// The flags the stack notes verified for Debian's Chromium as root in a container.
export const launchArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
