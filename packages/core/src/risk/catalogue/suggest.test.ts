import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parsePlan } from '../../plan/parse.ts'
import type { VenturePlan } from '../../plan/venture-plan.ts'
import { runwayFact, type SuggestionFigures } from './facts.ts'
import { suggestRisks } from './suggest.ts'

const example = (name: string) =>
  parsePlan(readFileSync(new URL(`../../../../../examples/${name}.yaml`, import.meta.url), 'utf8')).plan

/** Quiet figures: a long runway, no key people, no training spend — no venture rule fires on them. */
const calm: SuggestionFigures = {
  funding: { cashUsd: 10_000_000, monthsToNextRound: null },
  team: { headcount: 10, monthlyCostUsd: 100_000, keyPersonCount: 0, keyPersonShare: 0 },
  costs: { monthlyOtherUsd: 25_000 },
  compute: { totals: { trainingCostUsd: 0, trainingEnergyMWh: 0 } },
}

/** A plan with no products, models or register, serving one market: only the facts a test adds fire. */
function bare(plan: VenturePlan): VenturePlan {
  return {
    ...plan,
    company: { ...plan.company, marketsServed: ['US'] },
    products: [],
    models: [],
    risks: { register: [], indicators: [] },
  }
}

const ids = (plan: VenturePlan, figures: SuggestionFigures) =>
  suggestRisks(plan, figures).map((suggestion) => suggestion.catalogueId)

describe('suggestRisks', () => {
  it('returns nothing for a bare plan with a long runway', () => {
    expect(suggestRisks(bare(example('llm-api-cn-eu')), calm)).toEqual([])
  })

  it('returns compute-supply when every accelerator comes from one vendor, naming each GPU', () => {
    const plan = example('llm-api-cn-eu') // trains on H800, serves on H20: both NVIDIA
    const suggestion = suggestRisks({ ...bare(plan), models: plan.models }, calm).find(
      (entry) => entry.catalogueId === 'compute-supply',
    )
    expect(suggestion?.rules).toEqual(['single-accelerator-supplier'])
    expect(suggestion?.facts).toEqual([
      { figure: 'models[0].training.gpu', value: 'h800' },
      { figure: 'models[0].fineTuning[0].gpu', value: 'h800' },
      { figure: 'models[0].serving.gpu', value: 'h20' },
      { figure: 'accelerator vendor', value: 'NVIDIA' },
    ])
  })

  it('returns no compute-supply suggestion when a second vendor is qualified (H100 and Ascend 910B)', () => {
    const plan = example('speech-hardware') // H100 training, Ascend 910B fine-tuning and serving
    expect(ids({ ...bare(plan), models: plan.models }, calm)).not.toContain('compute-supply')
  })

  it('returns data-privacy for EU users with biometric data, naming the market and the data', () => {
    const plan = example('speech-hardware')
    const product = plan.products[0]!
    const euProduct = { ...product, markets: ['EU-DE'] }
    const suggestion = suggestRisks({ ...bare(plan), products: [euProduct] }, calm).find(
      (entry) => entry.catalogueId === 'data-privacy',
    )
    expect(suggestion?.facts).toEqual([
      { figure: 'products[0].markets', value: 'EU-DE' },
      { figure: 'products[0].aiSystem.personalData.specialCategories', value: 'health, biometric' },
    ])
    // The same product sold only in China and the US does not raise the EU rule.
    const rules = suggestRisks(
      { ...bare(plan), products: [{ ...product, markets: ['CN', 'US'] }] },
      calm,
    ).flatMap((entry) => entry.rules)
    expect(rules).not.toContain('eu-special-category-data')
  })

  it('returns funding-gap for a runway under a year: $1.2M over $125k a month is 9.6 months', () => {
    const plan = bare(example('llm-api-cn-eu'))
    const short = { ...calm, funding: { cashUsd: 1_200_000, monthsToNextRound: null } }
    const suggestion = suggestRisks(plan, short).find((entry) => entry.catalogueId === 'funding-gap')
    expect(suggestion?.facts).toEqual([
      { figure: 'funding.cashUsd / (team.monthlyCostUsd + costs.monthlyOtherUsd)', value: 9.6 },
    ])
    // 12 months exactly is not under a year.
    expect(ids(plan, { ...calm, funding: { cashUsd: 1_500_000, monthsToNextRound: null } })).toEqual([])
  })

  it('returns funding-gap from finance.runwayMonths when the analysis has a finance section', () => {
    const plan = bare(example('llm-api-cn-eu'))
    const withFinance = { ...calm, finance: { runwayMonths: 7 } }
    expect(suggestRisks(plan, withFinance)[0]?.facts).toEqual([{ figure: 'finance.runwayMonths', value: 7 }])
    // A runway that does not end within the horizon (null) raises nothing, whatever cash over costs says.
    expect(
      ids(plan, {
        ...calm,
        funding: { cashUsd: 1, monthsToNextRound: null },
        finance: { runwayMonths: null },
      } as SuggestionFigures),
    ).toEqual([])
  })

  it('returns funding-gap when the next round is planned after the cash runs out', () => {
    const plan = bare(example('llm-api-cn-eu'))
    const late = { ...calm, funding: { cashUsd: 2_000_000, monthsToNextRound: 20 } } // 16 months of cash
    expect(suggestRisks(plan, late)[0]?.rules).toEqual(['round-after-cash-runs-out'])
  })

  it('returns key-person for one key person, or key people at a quarter of the team or more', () => {
    const plan = bare(example('llm-api-cn-eu'))
    const team = (keyPersonCount: number, headcount: number) => ({
      ...calm,
      team: { ...calm.team, headcount, keyPersonCount, keyPersonShare: keyPersonCount / headcount },
    })
    expect(ids(plan, team(1, 30))).toEqual(['key-person'])
    expect(ids(plan, team(3, 9))).toEqual(['key-person'])
    // Two of 31, as in the llm-api-cn-eu example: know-how is spread enough.
    expect(ids(plan, team(2, 31))).toEqual([])
  })

  it('returns training-cost when training costs more than a quarter of cash', () => {
    const plan = bare(example('llm-api-cn-eu'))
    const figures = { ...calm, compute: { totals: { trainingCostUsd: 3_000_000, trainingEnergyMWh: 10 } } }
    expect(ids(plan, figures)).toEqual(['training-cost'])
  })

  it('returns the generative-AI risks of NIST AI 600-1 for a product that generates text and audio', () => {
    const plan = example('speech-hardware')
    const found = ids({ ...bare(plan), products: [plan.products[0]!] }, calm)
    expect(found).toEqual(
      expect.arrayContaining([
        'confabulation',
        'harmful-content',
        'information-integrity',
        'fraud-and-manipulation',
      ]),
    )
  })

  it('returns a suggestion as covered when a register risk names it in catalogueId, and lists open ones first', () => {
    const plan = example('speech-hardware')
    const suggestions = suggestRisks(plan, {
      ...calm,
      team: { headcount: 9, monthlyCostUsd: 1, keyPersonCount: 3, keyPersonShare: 1 / 3 },
    })
    const keyPerson = suggestions.find((entry) => entry.catalogueId === 'key-person')
    expect(keyPerson?.coveredBy).toBe('key-people')
    const firstCovered = suggestions.findIndex((entry) => entry.coveredBy !== null)
    expect(suggestions.slice(firstCovered).every((entry) => entry.coveredBy !== null)).toBe(true)
  })
})

describe('runwayFact edge cases', () => {
  it('returns null when nothing is spent (an unbounded runway)', () => {
    expect(
      runwayFact({ ...calm, team: { ...calm.team, monthlyCostUsd: 0 }, costs: { monthlyOtherUsd: 0 } }),
    ).toBeNull()
  })
})
