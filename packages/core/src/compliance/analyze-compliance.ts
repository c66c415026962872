/**
 * @module compliance/analyze-compliance
 * The compliance section of the analysis: every product evaluated as of the plan's date (or another),
 * with totals the risk register's indicators can address (`compliance.dueWithin90DaysCount`, …).
 */

import { UserError } from '../errors.ts'
import { isoDate } from '../plan/fields.ts'
import type { VenturePlan } from '../plan/venture-plan.ts'
import { teamInMonth } from '../team/index.ts'
import { monthOf } from '../time/month.ts'
import { evaluateProduct } from './engine.ts'
import { factWarnings, productFacts } from './facts.ts'
import type { ProductCompliance } from './types.ts'

export interface ComplianceAnalysis {
  readonly asOf: string
  readonly products: readonly ProductCompliance[]
  readonly totals: {
    readonly obligationCount: number
    /** The venture's own open to-dos. */
    readonly openTodoCount: number
    readonly dueWithin90DaysCount: number
    readonly overdueCount: number
    readonly prohibitedProductCount: number
    readonly highRiskProductCount: number
    readonly warningCount: number
  }
}

export interface ComplianceOptions {
  /** Evaluation date, `YYYY-MM-DD`; the plan's `asOf` by default. */
  readonly asOf?: string
  /** Cumulative training FLOPs per model id from the compute planner. */
  readonly trainingFlopsByModel?: Readonly<Record<string, number>>
}

/**
 * Evaluates every product of the plan.
 * @example
 * analyzeCompliance(plan, { asOf: '2027-01-01' }).products[0].euTiers //=> ['gpai', 'transparency']
 */
export function analyzeCompliance(plan: VenturePlan, options: ComplianceOptions = {}): ComplianceAnalysis {
  const asOf = options.asOf ?? plan.asOf
  if (!isoDate().safeParse(asOf).success) {
    throw new UserError('compliance_as_of', `expected a date as YYYY-MM-DD, got ${asOf}`, [
      { code: 'compliance_as_of', path: ['asOf'], message: `expected a date as YYYY-MM-DD, got ${asOf}` },
    ])
  }
  const context = {
    homeMarket: plan.company.homeMarket,
    marketsServed: plan.company.marketsServed,
    trainingFlopsByModel: options.trainingFlopsByModel ?? {},
    trainedModelIds: plan.models
      .filter((model) => model.training !== undefined || model.fineTuning.length > 0)
      .map((model) => model.id),
    headcount: teamInMonth(plan.team, monthOf(asOf)).headcount,
  }
  const products = plan.products.map((product, index) => {
    const facts = productFacts(product, context)
    return evaluateProduct(facts, asOf, product.name, factWarnings(facts, index))
  })
  const todos = products.flatMap((product) => product.todo)
  return {
    asOf,
    products,
    totals: {
      obligationCount: products.reduce((sum, product) => sum + product.obligations.length, 0),
      openTodoCount: todos.length,
      dueWithin90DaysCount: todos.filter((item) => item.daysLeft >= 0 && item.daysLeft <= 90).length,
      overdueCount: todos.filter((item) => item.overdue).length,
      prohibitedProductCount: products.filter((product) => product.euTiers.includes('prohibited')).length,
      highRiskProductCount: products.filter((product) => product.euTiers.includes('high-risk')).length,
      warningCount: products.reduce((sum, product) => sum + product.warnings.length, 0),
    },
  }
}

/** Sums the planned runs' FLOPs per model (pre-training plus fine-tuning), as Art. 51 counts them. */
export function trainingFlopsByModel(
  runs: ReadonlyArray<{ readonly modelId: string; readonly totalFlops: number }>,
): Record<string, number> {
  const totals: Record<string, number> = {}
  for (const run of runs) totals[run.modelId] = (totals[run.modelId] ?? 0) + run.totalFlops
  return totals
}
