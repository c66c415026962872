/**
 * @module finance/default-alive
 * Default alive or default dead (Paul Graham, 2015), in the exponential form of Trevor Blackwell's growth
 * calculator (growth.tlb.org): weekly revenue R(t) = R₀(1+g_R)^t and expenses E(t) = E₀(1+g_E)^t; break-even
 * at t* = (ln E₀ − ln R₀) / (ln(1+g_R) − ln(1+g_E)); capital needed = ∫₀^t* (E − R) dt. A projection, so floats.
 */
import { type Issue, UserError } from '../errors.ts'

export interface DefaultAliveInput {
  readonly revenuePerWeekUsd: number
  /** Weekly growth as a fraction, e.g. 0.03 for 3 % a week. */
  readonly revenueGrowthWeekly: number
  readonly expensesPerWeekUsd: number
  readonly expensesGrowthWeekly: number
  /** Cash in the bank; when given, the answer says whether it covers the capital needed. */
  readonly cashUsd?: number
}

export interface DefaultAliveResult {
  /** Weeks until revenue meets expenses; `null` when it never does. */
  readonly breakevenWeek: number | null
  /** The same in months of 365.2425 / 12 days, as the calculator reports it. */
  readonly breakevenMonths: number | null
  /** Weekly revenue (= expenses) at break-even. */
  readonly breakevenFlowPerWeekUsd: number | null
  /** Cumulative losses until break-even; `null` when it never breaks even. */
  readonly capitalNeededUsd: number | null
  /** `true` when the cash covers the capital needed, `false` when not or never; `null` without cash. */
  readonly defaultAlive: boolean | null
}

const DAYS_PER_MONTH = 365.2425 / 12

/**
 * Break-even week and capital needed under exponential growth.
 * @example defaultAlive({ revenuePerWeekUsd: 200, revenueGrowthWeekly: 0.03, expensesPerWeekUsd: 2000, expensesGrowthWeekly: 0 }).capitalNeededUsd // ≈ 94,901.35
 */
export function defaultAlive(input: DefaultAliveInput): DefaultAliveResult {
  validate(input)
  const { revenuePerWeekUsd: revenue, expensesPerWeekUsd: expenses } = input
  const revenueRate = Math.log1p(input.revenueGrowthWeekly)
  const expenseRate = Math.log1p(input.expensesGrowthWeekly)
  const verdict = (capital: number | null): boolean | null =>
    input.cashUsd === undefined ? null : capital !== null && capital <= input.cashUsd
  if (revenue >= expenses) {
    return {
      breakevenWeek: 0,
      breakevenMonths: 0,
      breakevenFlowPerWeekUsd: revenue,
      capitalNeededUsd: 0,
      defaultAlive: verdict(0),
    }
  }
  if (revenue === 0 || revenueRate <= expenseRate) {
    return {
      breakevenWeek: null,
      breakevenMonths: null,
      breakevenFlowPerWeekUsd: null,
      capitalNeededUsd: null,
      defaultAlive: verdict(null),
    }
  }
  const week = (Math.log(expenses) - Math.log(revenue)) / (revenueRate - expenseRate)
  const integral = (start: number, rate: number): number =>
    rate === 0 ? start * week : (start * Math.expm1(rate * week)) / rate
  const capital = integral(expenses, expenseRate) - integral(revenue, revenueRate)
  return {
    breakevenWeek: week,
    breakevenMonths: (week * 7) / DAYS_PER_MONTH,
    breakevenFlowPerWeekUsd: expenses * Math.exp(expenseRate * week),
    capitalNeededUsd: capital,
    defaultAlive: verdict(capital),
  }
}

/**
 * Weekly growth that takes revenue from `startPerWeekUsd` to `laterPerWeekUsd` in `weeks`.
 * @example impliedWeeklyGrowth(200, 50_000, 156) // ≈ 0.036027803
 */
export function impliedWeeklyGrowth(startPerWeekUsd: number, laterPerWeekUsd: number, weeks: number): number {
  if (!(startPerWeekUsd > 0 && laterPerWeekUsd > 0 && weeks > 0)) {
    throw new UserError(
      'invalid_growth_inputs',
      'Revenue figures and the number of weeks must be positive.',
      [
        {
          code: 'invalid_growth_inputs',
          path: [],
          message: 'Revenue figures and the number of weeks must be positive.',
        },
      ],
    )
  }
  return Math.expm1(Math.log(laterPerWeekUsd / startPerWeekUsd) / weeks)
}

function validate(input: DefaultAliveInput): void {
  const issues: Issue[] = []
  const fields = ['revenuePerWeekUsd', 'expensesPerWeekUsd', 'cashUsd'] as const
  for (const field of fields) {
    const value = input[field]
    if (value !== undefined && !(Number.isFinite(value) && value >= 0)) {
      issues.push({ code: 'negative_amount', path: [field], message: 'Must be a number, zero or more.' })
    }
  }
  for (const field of ['revenueGrowthWeekly', 'expensesGrowthWeekly'] as const) {
    if (!(Number.isFinite(input[field]) && input[field] > -1)) {
      issues.push({ code: 'invalid_growth', path: [field], message: 'Growth must be a number above −100 %.' })
    }
  }
  if (input.expensesPerWeekUsd <= 0 && issues.length === 0) {
    issues.push({
      code: 'not_positive',
      path: ['expensesPerWeekUsd'],
      message: 'Expenses must be greater than zero.',
    })
  }
  if (issues.length > 0)
    throw new UserError(
      issues[0]?.code ?? 'invalid_input',
      `Invalid default-alive input: ${issues[0]?.message ?? ''}`,
      issues,
    )
}
