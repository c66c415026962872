import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { runAnalysis } from '../analysis/run-analysis.ts'
import { compareFigures, diffLines } from './figure-diff.ts'

describe('diffLines', () => {
  it('returns one line out and one in for a changed value', () => {
    expect(diffLines('a\nb\nc', 'a\nB\nc', 0)).toEqual([
      { kind: 'removed', text: 'b', line: 2 },
      { kind: 'added', text: 'B', line: 2 },
    ])
  })
  it('returns the context lines around a change', () => {
    expect(diffLines('1\n2\n3\n4\n5', '1\n2\n3\n4\nX', 1).map((line) => line.text)).toEqual(['4', '5', 'X'])
  })
  it('returns nothing for equal texts', () => {
    expect(diffLines('same\n', 'same\n')).toEqual([])
  })
  it('returns an inserted line as added', () => {
    expect(diffLines('a\nc', 'a\nb\nc', 0)).toEqual([{ kind: 'added', text: 'b', line: 2 }])
  })
})

describe('compareFigures', () => {
  it('returns the training cost difference of a doubled GPU price (linear in the price)', () => {
    const demo = readFileSync(new URL('../../../../examples/llm-api-cn-eu.yaml', import.meta.url), 'utf8')
    const left = runAnalysis(demo, () => 0)
    const right = runAnalysis(demo.replace('pricePerGpuHourUsd: 2.10', 'pricePerGpuHourUsd: 4.20'), () => 0)
    if (!left.ok || !right.ok) throw new Error('invalid demo')
    const rows = compareFigures(left.analysis, right.analysis)
    const cost = rows.find((row) => row.id === 'trainingCostUsd')!
    expect(cost.delta).toBeGreaterThan(0)
    expect(rows.find((row) => row.id === 'cashUsd')?.delta).toBe(0)
  })
})
