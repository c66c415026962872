/**
 * @module finance/simulate-worker
 * A worker thread of `avp simulate`: computes the chunks it is given with the pure `simulateChunk` and posts
 * each result back (its typed arrays transferred, not copied). Loaded from `dist/` only: Node 20 cannot
 * start a worker from TypeScript source.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { simulateChunk, type VenturePlan } from '@avp/core'

interface WorkerInput {
  readonly plan: VenturePlan
  readonly seed: number
  readonly chunks: ReadonlyArray<{ readonly chunkIndex: number; readonly count: number }>
}

const { plan, seed, chunks } = workerData as WorkerInput
for (const chunk of chunks) {
  const result = simulateChunk(plan, seed, chunk.chunkIndex, chunk.count)
  parentPort?.postMessage(result, [
    result.cashUsd.buffer,
    result.cashOutIndex.buffer,
    result.dilution.buffer,
  ] as never)
}
