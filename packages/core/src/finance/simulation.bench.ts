/**
 * @module finance/simulation.bench
 * Issue 4's target: Monte Carlo of 10,000 paths × 60 months under 300 ms on one core (the demo plan, its two
 * assumptions and its Series B drawn with probability 0.6).
 */
import { bench, describe } from 'vitest'
import { simulateFinance } from './simulation/simulate.ts'
import { examplePlan } from './test-support/example-plans.ts'

const plan = examplePlan('llm-api-cn-eu')
simulateFinance(plan, { runs: 1000, seed: 1 })

describe('finance Monte Carlo (llm-api-cn-eu)', () => {
  bench(
    'simulateFinance: 10,000 paths × 60 months, one thread (target < 300 ms)',
    () => {
      simulateFinance(plan, { runs: 10_000, seed: 1 })
    },
    { iterations: 10 },
  )
})

// A safe (post-money cap and discount) converts in the next round, so every closing path solves it.
const withSafe = examplePlan('medical-imaging')
simulateFinance(withSafe, { runs: 1000, seed: 1 })

describe('finance Monte Carlo (medical-imaging, a safe converting in the Series A)', () => {
  bench(
    'simulateFinance: 10,000 paths × 60 months with conversions, one thread (target < 300 ms)',
    () => {
      simulateFinance(withSafe, { runs: 10_000, seed: 1 })
    },
    { iterations: 10 },
  )
})
