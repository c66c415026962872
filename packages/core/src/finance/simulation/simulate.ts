/**
 * @module finance/simulation/simulate
 * The whole Monte Carlo run in one thread: chunks of `chunkSize` paths, each from its own stream, merged in
 * order. The CLI spreads the same chunks over worker threads for large runs; the browser can run this in a
 * Web Worker. Results are identical either way.
 */
import type { VenturePlan } from '../../plan/venture-plan.ts'
import { planChunks } from '../../random/index.ts'
import { type ChunkResult, simulateChunk } from './simulate-chunk.ts'
import { type SimulationResult, summariseSimulation } from './summarise.ts'

export interface SimulateOptions {
  readonly runs: number
  readonly seed: number
  /** Paths per chunk (and per stream); part of the run's identity, like the seed. Default 1,000. */
  readonly chunkSize?: number
  /** Called after each chunk with the paths done so far. */
  readonly onProgress?: (done: number, total: number) => void
}

/** Paths per chunk: small enough to spread over workers and report progress, large enough to amortise. */
export const SIMULATION_CHUNK_SIZE = 1000

/**
 * @example
 * simulateFinance(plan, { runs: 10_000, seed: 42 }).probabilityRunsOutBeforeNextRound // e.g. 0.03
 */
export function simulateFinance(plan: VenturePlan, options: SimulateOptions): SimulationResult {
  const chunks: ChunkResult[] = []
  let done = 0
  for (const chunk of planChunks(options.runs, options.chunkSize ?? SIMULATION_CHUNK_SIZE)) {
    chunks.push(simulateChunk(plan, options.seed, chunk.chunkIndex, chunk.count))
    done += chunk.count
    options.onProgress?.(done, options.runs)
  }
  return summariseSimulation(plan, options.seed, chunks)
}
