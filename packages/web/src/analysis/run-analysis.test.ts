import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { dashboardFigures } from './dashboard-figures.ts'
import { runAnalysis } from './run-analysis.ts'

const demo = readFileSync(new URL('../../../../examples/llm-api-cn-eu.yaml', import.meta.url), 'utf8')
const clock = () => 0

describe('runAnalysis', () => {
  it('returns the analysis of the demo venture', () => {
    const outcome = runAnalysis(demo, clock)
    expect(outcome.ok).toBe(true)
    if (outcome.ok) expect(outcome.analysis.company.name).toBe('Qiming Intelligence')
  })
  it('returns issues with line and column for an invalid value', () => {
    const broken = demo.replace('      gpus: 512', '      gpus: -8')
    const outcome = runAnalysis(broken, clock)
    expect(outcome.ok).toBe(false)
    if (outcome.ok) return
    const issue = outcome.issues.find((each) => each.path.join('.') === 'models.0.training.gpus')
    const line = demo.split('\n').indexOf('      gpus: 512') + 1
    expect(issue?.source).toEqual({ line, column: 13 })
  })
  it('returns a syntax issue for broken YAML, never throws', () => {
    const outcome = runAnalysis('company: [unclosed', clock)
    expect(outcome.ok).toBe(false)
    if (!outcome.ok) expect(outcome.issues[0]?.code).toBe('syntax')
  })
})

describe('dashboardFigures', () => {
  it('returns the demo venture cash from the plan (cashUsd: 21500000)', () => {
    const outcome = runAnalysis(demo, clock)
    if (!outcome.ok) throw new Error('demo is invalid')
    const figures = dashboardFigures(outcome.analysis)
    expect(figures.cashUsd).toBe(21_500_000)
    expect(figures.trainingCostUsd).toBeGreaterThan(0)
  })
  it('returns a higher training cost when the GPU price rises (cost is linear in the hourly price)', () => {
    const cheap = runAnalysis(demo, clock)
    const dear = runAnalysis(demo.replace('pricePerGpuHourUsd: 2.10', 'pricePerGpuHourUsd: 4.20'), clock)
    if (!cheap.ok || !dear.ok) throw new Error('invalid')
    const ratio =
      dashboardFigures(dear.analysis).trainingCostUsd / dashboardFigures(cheap.analysis).trainingCostUsd
    // Only the pre-training run is priced by this field; the LoRA run keeps its catalogue price.
    expect(ratio).toBeGreaterThan(1.5)
    expect(ratio).toBeLessThanOrEqual(2)
  })
  it('falls back to cash over team and other costs without a finance section', () => {
    const outcome = runAnalysis(demo, clock)
    if (!outcome.ok) throw new Error('invalid')
    const { finance: _finance, ...withoutFinance } = outcome.analysis
    const figures = dashboardFigures(withoutFinance as never)
    const burn = outcome.analysis.team.monthlyCostUsd + outcome.analysis.costs.monthlyOtherUsd
    expect(figures.runwayMonths).toBeCloseTo(21_500_000 / burn, 6)
    expect(figures.defaultAlive).toBeNull()
  })
})

describe('runAnalysis in Chinese', () => {
  it('returns the issue message in Chinese (issue.expected of the core catalogue)', () => {
    const outcome = runAnalysis(demo.replace('      gpus: 512', '      gpus: -8'), clock, 'zh-CN')
    if (outcome.ok) throw new Error('expected issues')
    expect(
      outcome.issues.some((issue) => issue.message.includes('-8') && /[\u4e00-\u9fff]/.test(issue.message)),
    ).toBe(true)
  })
})
