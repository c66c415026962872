/**
 * @module assets
 * Files the CLI reads beside its code: the example plans and the built web app. They sit in one place in
 * the repository (`examples/`, `packages/web/dist/`) and in another in the installed package (`examples/`,
 * `web/` at its root, copied there by `scripts/pack-cli.mjs`). This file lives directly under `src/`, as
 * the compiled `dist/` files and the bundle's chunks do, so `..` is the package's root in all three.
 */
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const packageRoot = new URL('../', import.meta.url)

function firstExisting(candidates: readonly URL[], marker: string): URL | undefined {
  return candidates.find((folder) => existsSync(fileURLToPath(new URL(marker, folder))))
}

/** The folder of the example plans (`llm-api-cn-eu.yaml`, …). */
export function examplesFolder(): URL {
  const candidates = [new URL('examples/', packageRoot), new URL('../../examples/', packageRoot)]
  return firstExisting(candidates, 'llm-api-cn-eu.yaml') ?? candidates[1]!
}

/** The built web app, when there is one (`index.html` inside). */
export function webAppFolder(): string | undefined {
  const folder = firstExisting(
    [new URL('web/', packageRoot), new URL('../web/dist/', packageRoot)],
    'index.html',
  )
  return folder === undefined ? undefined : fileURLToPath(folder)
}
