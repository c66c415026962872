import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { UserError } from '../errors.ts'
import { parsePlan } from '../plan/parse.ts'
import type { VenturePlan } from '../plan/venture-plan.ts'
import { analyzeCompute } from './analyze-compute.ts'
import { architectureFromPlan, planRunFromPlan, withMeasuredMfu } from './from-plan.ts'

const text = readFileSync(new URL('../../../../examples/llm-api-cn-eu.yaml', import.meta.url), 'utf8')
const plan = () => parsePlan(text).plan

function withModel(
  base: VenturePlan,
  change: (model: VenturePlan['models'][number]) => VenturePlan['models'][number],
): VenturePlan {
  return { ...base, models: base.models.map((model, index) => (index === 0 ? change(model) : model)) }
}

function issuesOf(work: () => unknown): UserError['issues'] {
  try {
    work()
  } catch (error) {
    if (error instanceof UserError) return error.issues
    throw error
  }
  return []
}

describe('analyzeCompute', () => {
  it('returns every run of the plan with totals that add up', () => {
    const compute = analyzeCompute(plan())
    expect(compute.training.map((run) => run.kind)).toEqual(['pretraining', 'lora'])
    const cost = compute.training.reduce((sum, run) => sum + (run.costUsd ?? 0), 0)
    expect(compute.totals.trainingCostUsd).toBeCloseTo(cost, 6)
    expect(compute.totals.largestModelTrainingFlops).toBeCloseTo(
      compute.training[0]!.totalFlops + compute.training[1]!.totalFlops,
      -12,
    )
  })

  it('prices a committed run at the discounted rate: $2.10 × 0.85 per GPU-hour', () => {
    const [run] = analyzeCompute(plan()).training
    expect(run!.costUsd! / run!.gpuHours).toBeCloseTo(2.1 * 0.85, 9)
  })

  it('reports an unknown GPU at the plan path with the closest ids', () => {
    const broken = withModel(plan(), (model) => ({ ...model, training: { ...model.training!, gpu: 'h80' } }))
    const [issue] = issuesOf(() => analyzeCompute(broken))
    expect(issue?.path).toEqual(['models', 0, 'training', 'gpu'])
    expect(issue?.message).toMatch(/h800/)
  })

  it('reports a stated layout that does not multiply to the GPU count at the plan path', () => {
    const layout = {
      tensorParallel: 3,
      pipelineParallel: 1,
      microBatchSize: 1,
      interleavedStages: 1,
      zeroStage: 1 as const,
      recompute: 'selective' as const,
      sequenceParallel: true,
    }
    const broken = withModel(plan(), (model) => ({ ...model, training: { ...model.training!, layout } }))
    const [issue] = issuesOf(() => analyzeCompute(broken))
    expect(issue?.path.slice(0, 3)).toEqual(['models', 0, 'training'])
  })
})

describe('architectureFromPlan', () => {
  it('merges a preset with the fields the plan overrides', () => {
    const base = plan().models[0]!
    const model = {
      ...base,
      architecture: { kind: 'dense' as const, preset: 'llama3-8b', sequenceLength: 2048 },
    }
    const architecture = architectureFromPlan(model, ['models', 0])
    expect(architecture.layers).toBe(32)
    expect(architecture.sequenceLength).toBe(2048)
  })
  it('reports every missing shape field at once, each at its path', () => {
    const base = plan().models[0]!
    const model = { ...base, architecture: { kind: 'dense' as const, layers: 4 } }
    expect(
      issuesOf(() => architectureFromPlan(model, ['models', 0])).map((issue) => issue.path.at(-1)),
    ).toEqual(['hiddenSize', 'attentionHeads', 'vocabularySize', 'sequenceLength'])
  })
})

describe('planRunFromPlan', () => {
  it('plans a distinct input once: the second call returns the same result', () => {
    const model = plan().models[0]!
    const architecture = architectureFromPlan(model, ['models', 0])
    const first = planRunFromPlan(architecture, model.training!, ['models', 0, 'training'], ['models', 0])
    const second = planRunFromPlan(
      architecture,
      { ...model.training! },
      ['models', 0, 'training'],
      ['models', 0],
    )
    expect(second).toBe(first)
  })
})

describe('withMeasuredMfu', () => {
  it('scales time, GPU-hours, cost and energy with the ratio of estimated to measured MFU', () => {
    const model = plan().models[0]!
    const planned = planRunFromPlan(architectureFromPlan(model, ['models', 0]), model.training!, [], []).plan
    const halved = withMeasuredMfu(planned, planned.mfu / 2)
    expect(halved.days / planned.days).toBeCloseTo(2, 9)
    expect(halved.gpuHours / planned.gpuHours).toBeCloseTo(2, 9)
    expect(halved.costUsd! / planned.costUsd!).toBeCloseTo(2, 9)
    expect(halved.energyMWh! / planned.energyMWh!).toBeCloseTo(2, 9)
    expect(halved.totalFlops).toBe(planned.totalFlops)
  })
})
