/**
 * @module risk/catalogue/suggest
 * Proposes catalogue risks from the plan's facts: one supplier of accelerators, EU users with biometric or
 * other special-category data, a runway under a year, know-how held by one person, and so on. Each rule
 * returns the facts that made it fire, so the user sees why a risk is proposed; a suggestion the register
 * already answers (by `catalogueId` or the same id) is marked as covered rather than dropped.
 */
import type { Risk } from '../../plan/risk.ts'
import type { VenturePlan } from '../../plan/venture-plan.ts'
import { monthOf } from '../../time/month.ts'
import { catalogueRisks } from './catalogue.ts'
import {
  acceleratorFacts,
  acceleratorVendor,
  isEuMarket,
  runwayFact,
  type SuggestionFact,
  type SuggestionFigures,
} from './facts.ts'

export interface RiskSuggestion {
  readonly catalogueId: string
  /** The rules that fired, e.g. `single-accelerator-supplier`. */
  readonly rules: readonly string[]
  readonly facts: readonly SuggestionFact[]
  /** Id of the register risk that already answers this one, or null. */
  readonly coveredBy: string | null
}

interface Firing {
  readonly catalogueIds: readonly string[]
  readonly rule: string
  readonly facts: readonly SuggestionFact[]
}

/** The thresholds the rules use; documented here so a reader can argue with them. */
export const suggestionThresholds = {
  /** A year of cash is the usual floor before a start-up must be raising (seed question 17). */
  runwayMonths: 12,
  /** At or above this share of key people, know-how is concentrated even in a team of several. */
  keyPersonShare: 0.25,
  /** Training that costs more than this share of cash puts the venture at the mercy of one run. */
  trainingCostShareOfCash: 0.25,
  /** About the yearly electricity of 100 EU households; above it, emissions questions come up. */
  trainingEnergyMWh: 1_000,
} as const

const sensitiveSectors = new Set(['health', 'employment', 'education', 'finance', 'insurance', 'justice'])
const fieldSectors = new Set(['health', 'transport', 'critical-infrastructure'])

function productRules(plan: VenturePlan): Firing[] {
  const firings: Firing[] = []
  plan.products.forEach((product, index) => {
    const at = `products[${index}]`
    const ai = product.aiSystem
    const markets = product.markets ?? plan.company.marketsServed
    const euMarket = markets.find(isEuMarket)
    const special = ai.personalData.specialCategories
    const biometric = ai.biometrics.identification !== 'none' || ai.biometrics.categorisation
    if (euMarket !== undefined && (special.length > 0 || biometric)) {
      firings.push({
        catalogueIds: ['data-privacy'],
        rule: 'eu-special-category-data',
        facts: [
          { figure: `${at}.markets`, value: euMarket },
          special.length > 0
            ? { figure: `${at}.aiSystem.personalData.specialCategories`, value: special.join(', ') }
            : { figure: `${at}.aiSystem.biometrics.identification`, value: ai.biometrics.identification },
        ],
      })
    }
    const content = ai.syntheticContent
    if (content.length > 0) {
      const fact = { figure: `${at}.aiSystem.syntheticContent`, value: content.join(', ') }
      const ids = ['harmful-content', 'intellectual-property']
      if (content.includes('text')) ids.push('confabulation')
      if (content.some((kind) => kind !== 'text')) ids.push('information-integrity')
      if (content.includes('audio') || content.includes('deepfake')) ids.push('fraud-and-manipulation')
      firings.push({ catalogueIds: ids, rule: 'generates-content', facts: [fact] })
    }
    if (ai.generalPurposeModel || ai.openSource) {
      const field = ai.generalPurposeModel ? 'generalPurposeModel' : 'openSource'
      firings.push({
        catalogueIds: ['information-security', 'cbrn-misuse'],
        rule: 'general-purpose-or-open-model',
        facts: [{ figure: `${at}.aiSystem.${field}`, value: true }],
      })
    }
    if (ai.decisionsAboutPeople !== 'none' || sensitiveSectors.has(ai.sector)) {
      firings.push({
        catalogueIds: ['algorithmic-discrimination', 'explainability'],
        rule: 'decisions-about-people',
        facts: [
          ai.decisionsAboutPeople !== 'none'
            ? { figure: `${at}.aiSystem.decisionsAboutPeople`, value: ai.decisionsAboutPeople }
            : { figure: `${at}.aiSystem.sector`, value: ai.sector },
        ],
      })
    }
    if (fieldSectors.has(ai.sector) || product.scenario === 'autonomous-driving') {
      firings.push({
        catalogueIds: ['generalisation'],
        rule: 'field-conditions-matter',
        facts: [{ figure: `${at}.aiSystem.sector`, value: ai.sector }],
      })
    }
    if (ai.interactsWithPeople === true || ai.useCases.includes('chatbot')) {
      firings.push({
        catalogueIds: ['human-ai-configuration'],
        rule: 'talks-with-people',
        facts: [
          { figure: `${at}.aiSystem.useCases`, value: ai.useCases.join(', ') || 'interactsWithPeople' },
        ],
      })
    }
    if (ai.modification?.baseModel !== undefined) {
      firings.push({
        catalogueIds: ['value-chain'],
        rule: 'builds-on-third-party-model',
        facts: [{ figure: `${at}.aiSystem.modification.baseModel`, value: ai.modification.baseModel }],
      })
    }
    if (product.launchMonth > monthOf(plan.asOf)) {
      firings.push({
        catalogueIds: ['market-demand'],
        rule: 'not-launched-yet',
        facts: [{ figure: `${at}.launchMonth`, value: product.launchMonth }],
      })
    }
  })
  return firings
}

function ventureRules(plan: VenturePlan, figures: SuggestionFigures): Firing[] {
  const firings: Firing[] = []
  const accelerators = acceleratorFacts(plan)
  const vendors = [...new Set(accelerators.map((fact) => acceleratorVendor(String(fact.value))))]
  if (accelerators.length > 0 && vendors.length === 1) {
    firings.push({
      catalogueIds: ['compute-supply'],
      rule: 'single-accelerator-supplier',
      facts: [...accelerators, { figure: 'accelerator vendor', value: vendors[0]! }],
    })
  }
  const runway = runwayFact(figures)
  if (runway !== null && (runway.value as number) < suggestionThresholds.runwayMonths) {
    firings.push({ catalogueIds: ['funding-gap'], rule: 'runway-under-a-year', facts: [runway] })
  }
  const toRound = figures.funding.monthsToNextRound
  if (runway !== null && toRound !== null && toRound > (runway.value as number)) {
    firings.push({
      catalogueIds: ['funding-gap'],
      rule: 'round-after-cash-runs-out',
      facts: [runway, { figure: 'funding.monthsToNextRound', value: toRound }],
    })
  }
  const { keyPersonCount, keyPersonShare } = figures.team
  if (keyPersonCount === 1 || (keyPersonCount > 0 && keyPersonShare >= suggestionThresholds.keyPersonShare)) {
    firings.push({
      catalogueIds: ['key-person'],
      rule: 'know-how-concentrated',
      facts: [
        { figure: 'team.keyPersonCount', value: keyPersonCount },
        { figure: 'team.keyPersonShare', value: keyPersonShare },
      ],
    })
  }
  const { trainingCostUsd, trainingEnergyMWh } = figures.compute.totals
  const cashUsd = figures.funding.cashUsd
  if (trainingCostUsd > 0 && trainingCostUsd > suggestionThresholds.trainingCostShareOfCash * cashUsd) {
    firings.push({
      catalogueIds: ['training-cost'],
      rule: 'training-large-against-cash',
      facts: [
        { figure: 'compute.totals.trainingCostUsd', value: trainingCostUsd },
        { figure: 'funding.cashUsd', value: cashUsd },
      ],
    })
  }
  if (trainingEnergyMWh > suggestionThresholds.trainingEnergyMWh) {
    firings.push({
      catalogueIds: ['environmental-impact'],
      rule: 'energy-intensive-training',
      facts: [{ figure: 'compute.totals.trainingEnergyMWh', value: trainingEnergyMWh }],
    })
  }
  const markets = plan.company.marketsServed
  const regulated = markets.filter((market) => market === 'CN' || isEuMarket(market))
  if (regulated.length > 0 && markets.length > 1) {
    firings.push({
      catalogueIds: ['policy-change'],
      rule: 'several-jurisdictions-with-ai-rules',
      facts: [{ figure: 'company.marketsServed', value: markets.join(', ') }],
    })
  }
  return firings
}

function coveringRisk(catalogueId: string, register: readonly Risk[]): string | null {
  const risk =
    register.find((entry) => entry.catalogueId === catalogueId) ??
    register.find((entry) => entry.id === catalogueId)
  return risk?.id ?? null
}

/**
 * Catalogue risks the plan's facts point to, uncovered ones first, each with the rules and facts behind it.
 * @example
 * suggestRisks(plan, figures).map((suggestion) => suggestion.catalogueId) //=> ['key-person', 'funding-gap', …]
 */
export function suggestRisks(plan: VenturePlan, figures: SuggestionFigures): RiskSuggestion[] {
  const byId = new Map<string, { rules: string[]; facts: SuggestionFact[] }>()
  for (const firing of [...ventureRules(plan, figures), ...productRules(plan)]) {
    for (const catalogueId of firing.catalogueIds) {
      const entry = byId.get(catalogueId) ?? { rules: [], facts: [] }
      if (!entry.rules.includes(firing.rule)) entry.rules.push(firing.rule)
      for (const fact of firing.facts) {
        if (!entry.facts.some((known) => known.figure === fact.figure)) entry.facts.push(fact)
      }
      byId.set(catalogueId, entry)
    }
  }
  const order = catalogueRisks.map((risk) => risk.id)
  return [...byId.entries()]
    .map(([catalogueId, entry]) => ({
      catalogueId,
      rules: entry.rules,
      facts: entry.facts,
      coveredBy: coveringRisk(catalogueId, plan.risks.register),
    }))
    .sort(
      (a, b) =>
        Number(a.coveredBy !== null) - Number(b.coveredBy !== null) ||
        order.indexOf(a.catalogueId) - order.indexOf(b.catalogueId),
    )
}
