import { readFileSync } from 'node:fs'
import { bench, describe } from 'vitest'
import { runAnalysis } from './run-analysis.ts'

// What the Web Worker does on each edit of the demo venture: parse the YAML, validate, analyse.
const demo = readFileSync(new URL('../../../../examples/llm-api-cn-eu.yaml', import.meta.url), 'utf8')
let price = 2

describe('runAnalysis (one edit of the demo venture)', () => {
  bench('parse + validate + analyze', () => {
    price = price >= 4 ? 2 : price + 0.01
    runAnalysis(demo.replace('pricePerGpuHourUsd: 2.10', `pricePerGpuHourUsd: ${price.toFixed(2)}`), () => 0)
  })
})
