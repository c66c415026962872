/**
 * @module analysis/analysis.worker
 * The Web Worker that recomputes the whole analysis on every edit, off the page's thread, with the same
 * `analyze` as the CLI. Messages: `{ id, text }` in, `{ id, outcome }` out.
 */
import type { Language } from '@avp/core'
import { runAnalysis } from './run-analysis.ts'

self.onmessage = (
  event: MessageEvent<{ readonly id: number; readonly text: string; readonly language: Language }>,
) => {
  const { id, text, language } = event.data
  self.postMessage({ id, outcome: runAnalysis(text, () => performance.now(), language) })
}
