/**
 * @module analysis/engines.worker
 * The second Web Worker: the seeded simulations and tables the engine pages draw (finance Monte Carlo,
 * cap table by round with the exit waterfall, risk loss exceedance), so neither they nor the analysis
 * worker's edit loop ever wait for each other. Messages: `{ id, kind, plan }` in; `{ id, progress }`
 * while a Monte Carlo runs, then `{ id, result }` or `{ id, error }`.
 */
import { type EngineRequest, runEngine } from './engine-request.ts'

self.onmessage = (event: MessageEvent<EngineRequest & { readonly id: number }>) => {
  const { id } = event.data
  try {
    const result = runEngine(event.data, (done, total) => self.postMessage({ id, progress: { done, total } }))
    self.postMessage({ id, result })
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) })
  }
}
