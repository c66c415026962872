/**
 * @module analysis/dashboard-figures
 * The figures that matter at a glance, picked from an analysis with a fallback for every section that may
 * be absent: runway from the finance engine, else cash over today's team and other costs.
 */
import type { Analysis } from '@avp/core'
import { complianceOf } from './sections.ts'

export interface DashboardFigures {
  readonly cashUsd: number
  readonly monthlyBurnUsd: number | null
  /** null: does not run out within the horizon (or nothing is spent). */
  readonly runwayMonths: number | null
  readonly runsOutInMonth: string | null
  /** The low point of the cash curve (finance engine only): what a dearer plan eats into. */
  readonly lowestCash: { readonly usd: number; readonly month: string } | null
  readonly defaultAlive: boolean | null
  readonly grossMarginPct: number | null
  readonly trainingCostUsd: number
  /** The longest training run's days (runs may overlap, so not a sum). */
  readonly trainingDays: number | null
  readonly complianceTiers: ReadonlyArray<{
    readonly product: string
    readonly tiers: readonly string[]
  }> | null
  readonly warnings: ReadonlyArray<{
    readonly level: 'amber' | 'red'
    readonly title: string
    readonly value: number
    readonly threshold: number
  }>
  readonly readiness: { readonly score: number; readonly target: number } | null
}

/**
 * Picks the dashboard's figures.
 * @example
 * dashboardFigures(analysis).cashUsd //=> 21500000 (demo venture)
 */
export function dashboardFigures(analysis: Analysis): DashboardFigures {
  const finance = (analysis as Partial<Analysis>).finance
  const compute = (analysis as Partial<Analysis>).compute
  const strategy = (analysis as Partial<Analysis>).strategy
  const fallbackBurn = analysis.team.monthlyCostUsd + analysis.costs.monthlyOtherUsd
  const compliance = complianceOf(analysis)
  const readiness = strategy?.readiness
  const longest = compute?.training.reduce<number | null>((most, run) => Math.max(most ?? 0, run.days), null)
  return {
    cashUsd: finance?.cashUsd ?? analysis.funding.cashUsd,
    monthlyBurnUsd: finance ? finance.monthlyBurnUsd : fallbackBurn,
    runwayMonths: finance
      ? finance.runwayMonths
      : fallbackBurn > 0
        ? analysis.funding.cashUsd / fallbackBurn
        : null,
    runsOutInMonth: finance?.runsOutInMonth ?? null,
    lowestCash: finance ? { usd: finance.lowestCashUsd, month: finance.lowestCashMonth } : null,
    defaultAlive: finance?.defaultAlive ?? null,
    grossMarginPct: finance?.grossMarginPct ?? null,
    trainingCostUsd: compute?.totals.trainingCostUsd ?? 0,
    trainingDays: longest ?? null,
    complianceTiers:
      compliance?.products.map((product) => ({ product: product.productName, tiers: product.euTiers })) ??
      null,
    warnings: analysis.warnings.map(({ level, title, value, threshold }) => ({
      level,
      title,
      value,
      threshold,
    })),
    readiness:
      readiness && readiness.averageScore !== null
        ? { score: readiness.averageScore, target: readiness.target }
        : null,
  }
}
