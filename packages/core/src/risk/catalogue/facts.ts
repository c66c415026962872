/**
 * @module risk/catalogue/facts
 * The facts of a plan and its analysis that the catalogue's suggestion rules read, each under the name a
 * user can find it by (an analysis figure such as `team.keyPersonShare`, or a plan path such as
 * `products[0].aiSystem.personalData.specialCategories`), so a suggestion can say what triggered it.
 */
import { gpus } from '../../data/gpus.ts'
import type { VenturePlan } from '../../plan/venture-plan.ts'

/** One fact that triggered a suggestion. */
export interface SuggestionFact {
  readonly figure: string
  readonly value: number | string | boolean
}

/** The analysis figures the rules read; `analyze` passes its own figures, which have this shape and more. */
export interface SuggestionFigures {
  readonly funding: { readonly cashUsd: number; readonly monthsToNextRound: number | null }
  readonly team: {
    readonly headcount: number
    readonly monthlyCostUsd: number
    readonly keyPersonCount: number
    readonly keyPersonShare: number
  }
  readonly costs: { readonly monthlyOtherUsd: number }
  readonly compute: {
    readonly totals: { readonly trainingCostUsd: number; readonly trainingEnergyMWh: number }
  }
}

/**
 * Months of cash left: the finance section's `finance.runwayMonths` when the analysis has one (it knows
 * revenue and planned spending), else cash over today's team and other costs. `null` when it is unbounded.
 * @example
 * runwayFact({ funding: { cashUsd: 1200, monthsToNextRound: null }, team: { headcount: 1, monthlyCostUsd: 80,
 *   keyPersonCount: 0, keyPersonShare: 0 }, costs: { monthlyOtherUsd: 20 },
 *   compute: { totals: { trainingCostUsd: 0, trainingEnergyMWh: 0 } } })
 * //=> { figure: 'funding.cashUsd / (team.monthlyCostUsd + costs.monthlyOtherUsd)', value: 12 }
 */
export function runwayFact(figures: SuggestionFigures): SuggestionFact | null {
  const finance = (figures as { finance?: { runwayMonths?: unknown } }).finance
  if (finance !== undefined && 'runwayMonths' in finance) {
    const months = finance.runwayMonths
    return typeof months === 'number' && Number.isFinite(months)
      ? { figure: 'finance.runwayMonths', value: months }
      : null
  }
  const burnUsd = figures.team.monthlyCostUsd + figures.costs.monthlyOtherUsd
  if (!(burnUsd > 0)) return null
  return {
    figure: 'funding.cashUsd / (team.monthlyCostUsd + costs.monthlyOtherUsd)',
    value: figures.funding.cashUsd / burnUsd,
  }
}

/**
 * Every accelerator the plan trains or serves on, with the path that names it.
 * @example
 * acceleratorFacts(plan)[0] //=> { figure: 'models[0].training.gpu', value: 'h800' }
 */
export function acceleratorFacts(plan: VenturePlan): SuggestionFact[] {
  const facts: SuggestionFact[] = []
  plan.models.forEach((model, index) => {
    if (model.training) facts.push({ figure: `models[${index}].training.gpu`, value: model.training.gpu })
    model.fineTuning.forEach((run, runIndex) => {
      facts.push({ figure: `models[${index}].fineTuning[${runIndex}].gpu`, value: run.gpu })
    })
    if (model.serving) facts.push({ figure: `models[${index}].serving.gpu`, value: model.serving.gpu })
  })
  return facts
}

/**
 * The vendor of a catalogue accelerator, or the id itself for one the catalogue does not know.
 * @example
 * acceleratorVendor('h100-sxm') //=> 'NVIDIA'
 */
export function acceleratorVendor(gpuId: string): string {
  return gpus.find((gpu) => gpu.id === gpuId)?.vendor ?? gpuId
}

/**
 * Whether a market code is the EU or one of its member states.
 * @example
 * isEuMarket('EU-DE') //=> true
 */
export function isEuMarket(market: string): boolean {
  return market === 'EU' || market.startsWith('EU-')
}
