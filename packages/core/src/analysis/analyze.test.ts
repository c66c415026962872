import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { UserError } from '../errors.ts'
import { parsePlan } from '../plan/parse.ts'
import { analyze } from './analyze.ts'

const exampleText = readFileSync(new URL('../../../../examples/llm-api-cn-eu.yaml', import.meta.url), 'utf8')
const plan = () => parsePlan(exampleText).plan

describe('analyze', () => {
  it('returns the team in the plan month, worked by hand from the hiring plan', () => {
    const analysis = analyze(plan())
    // 31 people on 2026-11: the six January 2027 research hires are not yet there.
    expect(analysis.team.headcount).toBe(31)
    // Salaries sum to $222,000 a month; with 35 % on-costs: $299,700.
    expect(analysis.team.monthlyCostUsd).toBeCloseTo(299_700, 6)
    expect(analysis.team.keyPersonShare).toBeCloseTo(2 / 31, 12)
    expect(analysis.team.timeline[2]).toMatchObject({ month: '2027-01', headcount: 37 })
  })

  it('returns other costs and funding figures', () => {
    const analysis = analyze(plan())
    expect(analysis.costs.monthlyOtherUsd).toBe(102_000)
    expect(analysis.funding.nextRound).toEqual({
      id: 'series-b',
      name: 'Series B',
      month: '2027-10',
      newMoneyUsd: 45e6,
    })
    expect(analysis.funding.monthsToNextRound).toBe(11)
    expect(analysis.months).toHaveLength(60)
  })

  it('evaluates every indicator', () => {
    const analysis = analyze(plan())
    const cash = analysis.indicators.find((indicator) => indicator.id === 'cash-months')
    // cash / this month's net burn (outflows − revenue), from the finance projection
    expect(cash?.value).toBeCloseTo(21_500_000 / analysis.finance.monthlyBurnUsd, 9)
    expect(cash?.status).toBe('ok')
    expect(analysis.warnings).toEqual([])
  })

  it('raises an early warning with the risk and its contingency plan when an indicator turns red', () => {
    const poor = plan()
    const analysis = analyze({ ...poor, funding: { ...poor.funding, cashUsd: 3_000_000 } })
    expect(analysis.warnings).toHaveLength(1)
    const [warning] = analysis.warnings
    expect(warning).toMatchObject({ indicator: 'cash-months', level: 'red', threshold: 12 })
    expect(warning?.risk).toEqual({
      id: 'funding-gap',
      title: 'Series B closes late',
      likelihood: 3,
      proposedLikelihood: 4,
    })
    expect(warning?.contingencyPlan).toEqual(['Freeze hiring', 'Delay the v2 pre-training run'])
  })

  it('is pure: the same plan gives the same analysis', () => {
    expect(analyze(plan())).toEqual(analyze(plan()))
  })

  describe('edge cases', () => {
    it('throws a UserError naming the closest figures for an unknown one', () => {
      const base = plan()
      const indicator = { ...base.risks.indicators[0]!, value: 'funding.cashUsdd / 2' }
      const broken = { ...base, risks: { ...base.risks, indicators: [indicator] } }
      expect(() => analyze(broken)).toThrow(UserError)
      try {
        analyze(broken)
      } catch (error) {
        const [issue] = (error as UserError).issues
        expect(issue?.path).toEqual(['risks', 'indicators', 0, 'value'])
        expect(issue?.message).toMatch(/funding\.cashUsd/)
      }
    })
    it('reports an indicator that divides by zero as undefined, not infinite', () => {
      const base = plan()
      const indicator = {
        ...base.risks.indicators[0]!,
        value: 'funding.cashUsd / team.keyPersonCount * 0 / 0',
      }
      const analysis = analyze({ ...base, risks: { ...base.risks, indicators: [indicator] } })
      expect(analysis.indicators[0]).toMatchObject({ status: 'undefined', value: null })
    })
  })
})
