/**
 * @module e2e/bundle-size
 * The JavaScript the first page loads, gzipped: the entry script, its preloaded chunks and the analysis
 * worker it starts at once. Charts and engine pages are separate chunks loaded when opened.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

export interface BundleSize {
  readonly files: ReadonlyArray<{ readonly file: string; readonly bytes: number; readonly gzipBytes: number }>
  readonly gzipBytes: number
}

/** Measures `dist/` after `vite build`: the scripts `index.html` names and the worker file. */
export function firstPageJavaScript(distDirectory: string, workerFile: string): BundleSize {
  const html = readFileSync(join(distDirectory, 'index.html'), 'utf8')
  const named = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((match) => match[1]!)
  const files = [...named, workerFile].map((file) => {
    const content = readFileSync(join(distDirectory, file))
    return { file, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length }
  })
  return { files, gzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0) }
}
