/**
 * @module finance/projection.bench
 * Issue 4's targets: the demo plan's 60-month projection under 2 ms (compute planned once beforehand, as
 * `analyze` does); for scale, preparing it too, and the whole finance section.
 */
import { bench, describe } from 'vitest'
import { analyzeCompute } from '../compute/index.ts'
import { analyzeFinance } from './analysis.ts'
import { prepareProjection, projectPrepared } from './projection/project.ts'
import { examplePlan } from './test-support/example-plans.ts'

const plan = examplePlan('llm-api-cn-eu')
const compute = analyzeCompute(plan)
const prepared = prepareProjection(plan, compute)

describe('finance projection (llm-api-cn-eu, 60 months)', () => {
  bench('projectPrepared: the 60-month projection (target < 2 ms)', () => {
    projectPrepared(prepared)
  })
  bench('prepareProjection + projectPrepared, compute figures given', () => {
    projectPrepared(prepareProjection(plan, compute))
  })
  bench('analyzeFinance: the whole finance section of analyze', () => {
    analyzeFinance(plan, compute)
  })
})
