import { describe, expect, it } from 'vitest'
import { UserError } from '../errors.ts'
import { analyzeSustainability, cleanestGrid, mostEfficientGpu, wattsPerTflop } from './sustainability.ts'
import { examplePlan } from './test-support/examples.ts'

function onePlan(region: string, gpu = 'h100-sxm') {
  const plan = examplePlan('llm-api-cn-eu')
  const model = plan.models[0]!
  plan.models = [
    {
      ...model,
      fineTuning: [],
      training: { ...model.training!, region, gpu, startMonth: '2027-01' },
      serving: { ...model.serving!, gpu, gpusPerReplica: 8, region },
    },
  ]
  return plan
}

// LLaMA-7B, Touvron et al. 2023 Table 15: 82,432 GPU-h × 400 W × PUE 1.1 = 36 MWh, 14 tCO2eq at 0.385 kg/kWh.
const compute = (gpus: number) => ({
  models: [{ id: 'qm-13b', serving: { gpus } }],
  training: [{ modelId: 'qm-13b', name: 'run', startMonth: '2027-01', gpu: 'h100-sxm', energyMWh: 36.27008 }],
})

describe('analyzeSustainability', () => {
  it('returns training CO2 of the LLaMA-7B run at the paper grid: 14 t (Table 15)', () => {
    const footprint = analyzeSustainability(onePlan('llama-paper-us'), compute(8))
    const training = footprint.workloads.find((item) => item.kind === 'training')!
    expect(training.co2Tonnes).toBeCloseTo(13.96, 2)
    expect(footprint.trainingByYear).toEqual([
      { year: 2027, energyMWh: 36.27008, co2Tonnes: training.co2Tonnes },
    ])
  })

  it('returns a year of serving from servingFootprintPerYear (hand-worked: 8 × 700 W × 8,760 h × 1.1)', () => {
    const footprint = analyzeSustainability(onePlan('cn'), compute(8))
    // 8 × 8,760 × 700 W × 1.1 = 53.9616 MWh; × 0.58 kg/kWh (China) = 31.30 t.
    expect(footprint.servingEnergyMWhPerYear).toBeCloseTo(53.9616, 6)
    expect(footprint.servingCo2TonnesPerYear).toBeCloseTo(53.9616 * 0.58, 6)
  })

  it('returns the saving of moving to the cleanest grid and to the most efficient GPU (hand-worked)', () => {
    const footprint = analyzeSustainability(onePlan('cn'), compute(8))
    const serving = footprint.workloads.find((item) => item.kind === 'serving')!
    expect(serving.cleanestRegion).toBe('no')
    // 53.9616 MWh × (0.58 − 0.03) kg/kWh = 29.68 t.
    expect(serving.regionSavingTonnes).toBeCloseTo(53.9616 * 0.55, 6)
    // H100 700 W / 989.4 TFLOP/s vs B200 1000 W / 2250 TFLOP/s.
    expect(serving.efficientGpu).toBe('b200')
    const ratio = 1000 / 2250 / (700 / 989.4)
    expect(serving.hardwareSavingMWh).toBeCloseTo(53.9616 * (1 - ratio), 6)
    expect(footprint.byRegion).toEqual([expect.objectContaining({ region: 'cn', kgPerKWh: 0.58 })])
  })

  it('returns no region saving for a workload already on the cleanest grid', () => {
    const footprint = analyzeSustainability(onePlan('no'), compute(8))
    expect(footprint.regionSavingTonnes).toBe(0)
  })

  it('throws a UserError at the run region for an unknown grid region', () => {
    try {
      analyzeSustainability(onePlan('mars'), compute(8))
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(UserError)
      expect((error as UserError).issues[0]!.path).toEqual(['models', 0, 'training', 'region'])
    }
  })

  it('returns nothing when the plan has no models', () => {
    const plan = examplePlan('llm-api-cn-eu')
    expect(analyzeSustainability({ ...plan, models: [] }, undefined)).toMatchObject({
      workloads: [],
      totalCo2Tonnes: 0,
    })
  })
})

describe('catalogue helpers', () => {
  it('returns the cleanest grid, the most efficient GPU and watts per TFLOP/s', () => {
    expect(cleanestGrid().id).toBe('no')
    expect(mostEfficientGpu().id).toBe('b200')
    expect(wattsPerTflop('h100-sxm')).toBeCloseTo(700 / 989.4, 12)
    expect(wattsPerTflop('unknown')).toBeNull()
  })
})
