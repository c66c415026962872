/**
 * @module analysis/indicators
 * Evaluates the plan's key risk indicators over the analysis' figures and raises early warnings for the
 * breached ones, naming the risk, the figure, the threshold and the contingency plan.
 */
import { type Issue, UserError } from '../errors.ts'
import { evaluateExpression, parseExpression } from '../expression/index.ts'
import type { Indicator, Risk } from '../plan/risk.ts'
import type { EarlyWarning, IndicatorResult } from './types.ts'

function statusOf(indicator: Indicator, value: number): IndicatorResult['status'] {
  const breaches = (threshold: number) =>
    indicator.warnWhen === 'below' ? value < threshold : value > threshold
  if (breaches(indicator.red)) return 'red'
  if (indicator.amber !== undefined && breaches(indicator.amber)) return 'amber'
  return 'ok'
}

function evaluateOne(indicator: Indicator, index: number, figures: object): IndicatorResult | Issue[] {
  const path = ['risks', 'indicators', index, 'value']
  try {
    const evaluation = evaluateExpression(parseExpression(indicator.value, { path }), figures, { path })
    const base = {
      id: indicator.id,
      title: indicator.title,
      risk: indicator.risk ?? null,
      expression: indicator.value,
      warnWhen: indicator.warnWhen,
      amber: indicator.amber ?? null,
      red: indicator.red,
    }
    if (!evaluation.defined) {
      return { ...base, value: null, undefinedReason: evaluation.reason.message, status: 'undefined' }
    }
    if (typeof evaluation.value !== 'number') {
      return [
        {
          code: 'expected',
          path,
          message: 'expected an expression with a numeric value, got a comparison (true or false)',
          params: { expected: 'number', received: String(evaluation.value) },
        },
      ]
    }
    return {
      ...base,
      value: evaluation.value,
      undefinedReason: null,
      status: statusOf(indicator, evaluation.value),
    }
  } catch (error) {
    if (error instanceof UserError) return [...error.issues]
    throw error
  }
}

/**
 * Every indicator's value and status. Throws a `UserError` listing all malformed expressions and unknown
 * figures at once.
 */
export function evaluateIndicators(indicators: readonly Indicator[], figures: object): IndicatorResult[] {
  const results: IndicatorResult[] = []
  const issues: Issue[] = []
  indicators.forEach((indicator, index) => {
    const outcome = evaluateOne(indicator, index, figures)
    if (Array.isArray(outcome)) issues.push(...outcome)
    else results.push(outcome)
  })
  if (issues.length > 0)
    throw new UserError('invalid_indicator', `${issues.length} indicator(s) cannot be evaluated`, issues)
  return results
}

/**
 * An early warning for each amber or red indicator, worst first. Each proposes raising the linked risk's
 * likelihood by one level (capped at the top of the matrix's scale, 5 by default), since the indicator
 * shows the risk coming closer.
 */
export function earlyWarnings(
  results: readonly IndicatorResult[],
  register: readonly Risk[],
  maxLikelihood = 5,
): EarlyWarning[] {
  const warnings: EarlyWarning[] = []
  for (const result of results) {
    if ((result.status !== 'amber' && result.status !== 'red') || result.value === null) continue
    const risk = register.find((candidate) => candidate.id === result.risk)
    warnings.push({
      indicator: result.id,
      level: result.status,
      title: result.title,
      value: result.value,
      threshold: result.status === 'red' ? result.red : (result.amber ?? result.red),
      warnWhen: result.warnWhen,
      risk:
        risk === undefined
          ? null
          : {
              id: risk.id,
              title: risk.title,
              likelihood: risk.likelihood,
              proposedLikelihood: Math.min(maxLikelihood, risk.likelihood + 1),
            },
      contingencyPlan: risk?.contingencyPlan ?? [],
    })
  }
  return warnings.sort((a, b) => (a.level === b.level ? 0 : a.level === 'red' ? -1 : 1))
}
