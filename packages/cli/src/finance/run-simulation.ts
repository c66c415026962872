/**
 * @module finance/run-simulation
 * Runs the Monte Carlo simulation for the CLI: in this thread for small runs (or from TypeScript source,
 * as in tests), across worker threads for large ones. Chunks are fixed by the run size alone and merged in
 * chunk order, so the answer is the same however many workers compute it.
 */
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import {
  type ChunkResult,
  SIMULATION_CHUNK_SIZE,
  type SimulationResult,
  simulateChunk,
  summariseSimulation,
  type VenturePlan,
} from '@avp/core'

/** Below this many paths the workers' start-up (tens of milliseconds each) costs more than it saves. */
export const WORKER_THRESHOLD_RUNS = 20_000

export interface RunSimulationOptions {
  readonly runs: number
  readonly seed: number
  readonly workers?: number
  readonly onProgress?: (done: number, total: number) => void
}

function chunksOf(runs: number): Array<{ chunkIndex: number; count: number }> {
  const chunks: Array<{ chunkIndex: number; count: number }> = []
  for (let start = 0, chunkIndex = 0; start < runs; start += SIMULATION_CHUNK_SIZE, chunkIndex++)
    chunks.push({ chunkIndex, count: Math.min(SIMULATION_CHUNK_SIZE, runs - start) })
  return chunks
}

/** The built worker next to this module, or null when running from source. */
function workerUrl(): URL | null {
  return import.meta.url.endsWith('.js') ? new URL('./simulate-worker.js', import.meta.url) : null
}

async function inWorkers(
  plan: VenturePlan,
  options: RunSimulationOptions,
  url: URL,
  count: number,
): Promise<ChunkResult[]> {
  const chunks = chunksOf(options.runs)
  const results: ChunkResult[] = []
  let done = 0
  await Promise.all(
    Array.from({ length: count }, (_, worker) => {
      const mine = chunks.filter((_, index) => index % count === worker)
      if (mine.length === 0) return Promise.resolve()
      return new Promise<void>((resolve, reject) => {
        const thread = new Worker(url, { workerData: { plan, seed: options.seed, chunks: mine } })
        thread.on('message', (result: ChunkResult) => {
          results.push(result)
          done += result.paths
          options.onProgress?.(done, options.runs)
        })
        thread.on('error', reject)
        thread.on('exit', (code) =>
          code === 0 ? resolve() : reject(new Error(`simulation worker exited with ${code}`)),
        )
      })
    }),
  )
  return results
}

/**
 * @example
 * await runSimulation(plan, { runs: 10_000, seed: 1 }) // the same result with or without workers
 */
export async function runSimulation(
  plan: VenturePlan,
  options: RunSimulationOptions,
): Promise<SimulationResult> {
  const url = workerUrl()
  const workers = options.workers ?? Math.max(1, Math.min(8, availableParallelism() - 1))
  let chunks: ChunkResult[]
  if (url !== null && workers > 1 && options.runs >= WORKER_THRESHOLD_RUNS) {
    chunks = await inWorkers(plan, options, url, workers)
  } else {
    chunks = []
    let done = 0
    for (const chunk of chunksOf(options.runs)) {
      chunks.push(simulateChunk(plan, options.seed, chunk.chunkIndex, chunk.count))
      done += chunk.count
      options.onProgress?.(done, options.runs)
      // Let the progress bar paint between chunks.
      await new Promise((resolve) => setImmediate(resolve))
    }
  }
  return summariseSimulation(plan, options.seed, chunks)
}
