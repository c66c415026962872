/**
 * @module version
 * The version `avp --version` prints: the CLI package's own, read from its `package.json` (one folder up
 * from `src/`, from the compiled `dist/` and from the bundle alike).
 */
import { readFileSync } from 'node:fs'

/** @example cliVersion() //=> '0.1.0' */
export function cliVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string
  }
  return manifest.version
}
