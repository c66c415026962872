/**
 * @module random/chunks
 * Cutting a simulation into fixed-size chunks, each drawing from its own stream `(seed, chunkIndex)`.
 * Because the cut depends only on the iteration count and the chunk size, never on how many workers run,
 * one worker or eight give bit-identical results.
 */
import { createRandom, type Random } from './generator.ts'
import { requireParameter } from './validate.ts'

/** Iterations per chunk unless told otherwise: large enough to amortise setup, small enough to spread. */
export const defaultChunkSize = 10_000

/** One slice of a simulation: iterations `[start, start + count)`, drawn from stream `chunkIndex`. */
export interface Chunk {
  readonly chunkIndex: number
  readonly start: number
  readonly count: number
}

/**
 * The chunks covering `iterations` runs.
 * @example
 * planChunks(25_000, 10_000).map((chunk) => chunk.count) //=> [10000, 10000, 5000]
 */
export function planChunks(iterations: number, chunkSize = defaultChunkSize): Chunk[] {
  requireParameter(
    Number.isSafeInteger(iterations) && iterations >= 0,
    'simulation',
    'iterations',
    `must be a whole number, got ${iterations}`,
    [],
  )
  requireParameter(
    Number.isSafeInteger(chunkSize) && chunkSize > 0,
    'simulation',
    'chunkSize',
    `must be a positive whole number, got ${chunkSize}`,
    [],
  )
  const chunks: Chunk[] = []
  for (let start = 0, chunkIndex = 0; start < iterations; start += chunkSize, chunkIndex++) {
    chunks.push({ chunkIndex, start, count: Math.min(chunkSize, iterations - start) })
  }
  return chunks
}

/**
 * The generator for one chunk of a seeded simulation.
 * @example
 * chunkRandom(42, planChunks(100, 10)[3]!).next() === createRandom(42, 3).next() //=> true
 */
export function chunkRandom(seed: number, chunk: Chunk): Random {
  return createRandom(seed, chunk.chunkIndex)
}
