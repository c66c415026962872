import { describe, expect, it } from 'vitest'
import { listFigurePaths, readFigure } from './figures.ts'

describe('readFigure', () => {
  it('returns a nested number through arrays', () => {
    expect(readFigure({ a: [{ b: 4 }] }, ['a', 0, 'b'])).toBe(4)
  })
  it('returns null for a figure without a value and undefined for no figure', () => {
    expect(readFigure({ a: null }, ['a'])).toBeNull()
    expect(readFigure({ a: 1 }, ['b'])).toBeUndefined()
    expect(readFigure({ a: [1] }, ['a', 3])).toBeUndefined()
    expect(readFigure({ a: { b: 1 } }, ['a'])).toBeUndefined()
  })
})

describe('listFigurePaths', () => {
  it('returns numeric, boolean and null leaves in order', () => {
    const source = {
      finance: { cashUsd: 1, note: 'x', ok: true, burn: null },
      compute: { training: [{ costUsd: 2 }] },
    }
    expect(listFigurePaths(source)).toEqual([
      'finance.cashUsd',
      'finance.ok',
      'finance.burn',
      'compute.training[0].costUsd',
    ])
    expect(listFigurePaths(source, { booleans: false, nulls: false })).toEqual([
      'finance.cashUsd',
      'compute.training[0].costUsd',
    ])
  })
  it('skips keys an expression cannot name and survives cycles', () => {
    const source: Record<string, unknown> = { 'a b': 1, ok: 2 }
    source.self = source
    expect(listFigurePaths(source)).toEqual(['ok'])
  })
  it('returns nothing for a bare value', () => {
    expect(listFigurePaths(3)).toEqual([])
  })
})
