import { bench, describe } from 'vitest'
import { simulateRegister } from './simulate.ts'
import { syntheticRegister } from './test-support/register.ts'

// Issue 6's target: 100,000 Monte Carlo years over a 50-risk register in under 500 ms on one core.
const register = syntheticRegister(50)

describe('simulateRegister', () => {
  bench(
    '100,000 years × 50 risks',
    () => {
      simulateRegister(register, { seed: 42, years: 100_000 })
    },
    { iterations: 10, warmupIterations: 3 },
  )
})
