/**
 * @module finance/projection/types
 * The monthly projection as plain data: one entry per month from the plan's month over the horizon, every
 * figure in US dollars with its unit in its name. A projection is an estimate and runs in floating point.
 */
import type { IssuePath } from '../../errors.ts'
import type { RevenueModel } from '../../plan/product.ts'

/**
 * Something the projection could not do as asked, or a convention it applied, with the plan path it is
 * about. `code` keys a sentence in the `finance.notes` block of the i18n catalogue; `params` fill it.
 */
export interface ProjectionNote {
  readonly code: string
  readonly path: IssuePath
  readonly params: Readonly<Record<string, string | number>>
}

/** Serving compute price per million tokens for one product (the compute planner's `planInference`). */
export interface ServingCost {
  readonly productId: string
  readonly inputUsdPerMillionTokens: number
  readonly outputUsdPerMillionTokens: number
  /** Share of a product's tokens that are input (prompt) tokens, from the serving profile's averages. */
  readonly inputTokenShare: number
}

/** One training or fine-tuning run as dated spend. */
export interface TrainingSpend {
  readonly modelId: string
  readonly name: string
  readonly path: IssuePath
  readonly startMonth: string
  readonly days: number
  readonly gpuHours: number
  /** The plan's own price per GPU-hour when it names one (the simulation scales cost with it). */
  readonly basePricePerGpuHourUsd: number | null
  readonly costUsd: number
}

/** Per-product monthly series, indexed like `Projection.months`. */
export interface ProductSeries {
  readonly productId: string
  readonly revenueModel: RevenueModel['model']
  readonly revenueUsd: readonly number[]
  /** Bill of materials and serving compute. */
  readonly costOfRevenueUsd: readonly number[]
  readonly servingComputeUsd: readonly number[]
  /** Paying accounts at month end (SaaS seats); 0 for models without accounts. */
  readonly customers: readonly number[]
  readonly newCustomers: readonly number[]
  readonly churnedCustomers: readonly number[]
}

/** The whole projection, column-wise: each array has one entry per month. */
export interface Projection {
  readonly months: readonly string[]
  readonly openingCashUsd: number
  readonly products: readonly ProductSeries[]
  readonly revenueUsd: readonly number[]
  readonly costOfRevenueUsd: readonly number[]
  readonly grossProfitUsd: readonly number[]
  readonly teamUsd: readonly number[]
  /** Loaded team cost by function (technology, market, operations, finance, legal, hr). */
  readonly teamByFunctionUsd: Readonly<Record<string, readonly number[]>>
  readonly otherCostsUsd: readonly number[]
  readonly marketingUsd: readonly number[]
  readonly trainingUsd: readonly number[]
  /** Loan interest and repayments. */
  readonly debtServiceUsd: readonly number[]
  /** Everything paid out: cost of revenue, team, other costs, training, debt service. */
  readonly grossBurnUsd: readonly number[]
  /** Operating outflows minus revenue (positive = burning); excludes funding inflows. */
  readonly netBurnUsd: readonly number[]
  readonly fundingInflowsUsd: readonly number[]
  /** Cash at each month's end. */
  readonly cashUsd: readonly number[]
  readonly trainingRuns: readonly TrainingSpend[]
  readonly servingCosts: readonly ServingCost[]
  readonly notes: readonly ProjectionNote[]
}
