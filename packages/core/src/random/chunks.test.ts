import { describe, expect, it } from 'vitest'
import { UserError } from '../errors.ts'
import { chunkRandom, planChunks } from './chunks.ts'
import { createRandom } from './generator.ts'

describe('planChunks', () => {
  it('returns fixed-size chunks covering every iteration once', () => {
    expect(planChunks(25_000, 10_000)).toEqual([
      { chunkIndex: 0, start: 0, count: 10_000 },
      { chunkIndex: 1, start: 10_000, count: 10_000 },
      { chunkIndex: 2, start: 20_000, count: 5_000 },
    ])
  })
  it('returns the same chunks whatever the worker count, so draws do not depend on it', () => {
    // Two "workers" taking alternate chunks draw exactly what one worker drawing them all draws.
    const chunks = planChunks(40, 10)
    const oneWorker = chunks.map((chunk) => chunkRandom(3, chunk).next())
    const twoWorkers = [...chunks.filter((_, i) => i % 2 === 1), ...chunks.filter((_, i) => i % 2 === 0)]
      .map((chunk) => [chunk.chunkIndex, chunkRandom(3, chunk).next()] as const)
      .sort(([a], [b]) => a - b)
      .map(([, value]) => value)
    expect(twoWorkers).toEqual(oneWorker)
  })
})

describe('chunkRandom', () => {
  it('returns the stream (seed, chunkIndex)', () => {
    const chunk = planChunks(100, 10)[3]!
    expect(chunkRandom(42, chunk).nextUint32()).toBe(createRandom(42, 3).nextUint32())
  })
})

describe('planChunks edge cases', () => {
  it('returns no chunks for zero iterations', () => {
    expect(planChunks(0)).toEqual([])
  })
  it('throws UserError for a fractional count or a zero chunk size', () => {
    expect(() => planChunks(1.5)).toThrow(UserError)
    expect(() => planChunks(10, 0)).toThrow(UserError)
  })
})
