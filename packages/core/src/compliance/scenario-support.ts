/**
 * @module compliance/scenario-support
 * Builds a product's compliance result from a few facts, for tests and examples: the `aiSystem` block
 * goes through the plan schema so its defaults are the plan's.
 */
import type { z } from 'zod'
import { aiSystemSchema } from '../plan/ai-system.ts'
import { evaluateProduct } from './engine.ts'
import { factWarnings, productFacts } from './facts.ts'
import type { Obligation, ProductCompliance } from './types.ts'

export interface ScenarioInput {
  readonly aiSystem: z.input<typeof aiSystemSchema>
  readonly markets: readonly string[]
  readonly homeMarket?: string
  readonly launchMonth?: string
  readonly headcount?: number
  readonly asOf?: string
}

/**
 * Evaluates one product described by `input` (as of 2026-11-28 unless given).
 * @example
 * runScenario({ aiSystem: { useCases: ['spam-filtering'] }, markets: ['EU'] }).euTiers //=> ['minimal']
 */
export function runScenario(input: ScenarioInput): ProductCompliance {
  const aiSystem = aiSystemSchema.parse(input.aiSystem)
  const facts = productFacts(
    { id: 'product', launchMonth: input.launchMonth ?? '2026-09', markets: [...input.markets], aiSystem },
    {
      homeMarket: input.homeMarket ?? 'EU-DE',
      marketsServed: input.markets,
      trainingFlopsByModel: {},
      trainedModelIds: [],
      headcount: input.headcount ?? 20,
    },
  )
  return evaluateProduct(facts, input.asOf ?? '2026-11-28', 'product', factWarnings(facts, 0))
}

/** Whether `article` (e.g. `Art. 35`) is cited by the obligation, matching sub-paragraphs too. */
export function citesArticle(obligation: Obligation, article: string): boolean {
  return obligation.article
    .split(';')
    .map((part) => part.trim())
    .some((part) => part === article || part.startsWith(`${article}(`) || part.startsWith(`${article} `))
}

/** The obligations of a result that cite `article`. */
export function citing(result: ProductCompliance, article: string): Obligation[] {
  return result.obligations.filter((obligation) => citesArticle(obligation, article))
}
