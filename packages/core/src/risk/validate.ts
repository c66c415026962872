/**
 * @module risk/validate
 * Checks a register's quantification before simulating, collecting every problem with its path so a user
 * fixes them all in one round.
 */
import type { Issue, IssuePath } from '../errors.ts'
import { UserError } from '../errors.ts'
import type { InsurancePolicy, LossDistribution, QuantifiedRisk, RiskControl } from './types.ts'

function issue(path: IssuePath, message: string, params: Record<string, string | number> = {}): Issue {
  return { code: 'invalid_risk_quantity', path, message, params }
}

function finiteAtLeast(value: number, minimum: number, path: IssuePath, what: string): Issue[] {
  if (!Number.isFinite(value)) return [issue(path, `${what} must be a finite number, got ${value}`)]
  if (value < minimum) return [issue(path, `${what} must be at least ${minimum}, got ${value}`, { minimum })]
  return []
}

function positive(value: number, path: IssuePath, what: string): Issue[] {
  if (Number.isFinite(value) && value > 0) return []
  return [issue(path, `${what} must be a finite number above 0, got ${value}`)]
}

function percent(value: number | undefined, path: IssuePath, what: string): Issue[] {
  if (value === undefined) return []
  if (!Number.isFinite(value) || value < 0 || value > 100) {
    return [issue(path, `${what} must be a percentage from 0 to 100, got ${value}`)]
  }
  return []
}

function lossIssues(loss: LossDistribution, path: IssuePath): Issue[] {
  if (loss.kind === 'lognormal') {
    const issues = [
      ...positive(loss.low, [...path, 'low'], 'the 5th-percentile loss'),
      ...positive(loss.high, [...path, 'high'], 'the 95th-percentile loss'),
    ]
    if (issues.length === 0 && !(loss.high > loss.low)) {
      issues.push(issue([...path, 'high'], `high (${loss.high}) must exceed low (${loss.low})`))
    }
    return issues
  }
  const issues = [
    ...finiteAtLeast(loss.min, 0, [...path, 'min'], 'the minimum loss'),
    ...finiteAtLeast(loss.mode, 0, [...path, 'mode'], 'the most likely loss'),
    ...finiteAtLeast(loss.max, 0, [...path, 'max'], 'the maximum loss'),
  ]
  if (loss.lambda !== undefined && !(loss.lambda > 0 && Number.isFinite(loss.lambda))) {
    issues.push(issue([...path, 'lambda'], `lambda must be a positive number, got ${loss.lambda}`))
  }
  if (issues.length > 0) return issues
  if (loss.min > loss.max) {
    issues.push(issue([...path, 'min'], `min (${loss.min}) must not exceed max (${loss.max})`))
  } else if (loss.mode < loss.min || loss.mode > loss.max) {
    const bounds = `${loss.min} to ${loss.max}`
    issues.push(issue([...path, 'mode'], `the most likely loss (${loss.mode}) must lie within ${bounds}`))
  }
  return issues
}

function controlIssues(control: RiskControl, path: IssuePath): Issue[] {
  return [
    ...percent(control.frequencyReductionPct, [...path, 'frequencyReductionPct'], 'frequencyReductionPct'),
    ...percent(control.lossReductionPct, [...path, 'lossReductionPct'], 'lossReductionPct'),
    ...finiteAtLeast(control.annualCostUsd, 0, [...path, 'annualCostUsd'], 'annualCostUsd'),
  ]
}

function insuranceIssues(policy: InsurancePolicy, path: IssuePath): Issue[] {
  const aggregate =
    policy.annualAggregateLimitUsd === undefined
      ? []
      : finiteAtLeast(
          policy.annualAggregateLimitUsd,
          0,
          [...path, 'annualAggregateLimitUsd'],
          'the yearly limit',
        )
  return [
    ...finiteAtLeast(policy.deductibleUsd, 0, [...path, 'deductibleUsd'], 'deductibleUsd'),
    ...finiteAtLeast(policy.limitPerEventUsd, 0, [...path, 'limitPerEventUsd'], 'limitPerEventUsd'),
    ...aggregate,
    ...finiteAtLeast(policy.annualPremiumUsd, 0, [...path, 'annualPremiumUsd'], 'annualPremiumUsd'),
  ]
}

/**
 * Every problem in one risk's quantification, with paths under `path`.
 * @example
 * quantifiedRiskIssues({ id: 'r', frequencyPerYear: -1, lossPerEventUsd: { kind: 'lognormal', low: 1, high: 2 } }, [])
 * //=> [{ code: 'invalid_risk_quantity', path: ['frequencyPerYear'], … }]
 */
export function quantifiedRiskIssues(risk: QuantifiedRisk, path: IssuePath): Issue[] {
  return [
    ...finiteAtLeast(risk.frequencyPerYear, 0, [...path, 'frequencyPerYear'], 'frequencyPerYear'),
    ...lossIssues(risk.lossPerEventUsd, [...path, 'lossPerEventUsd']),
    ...(risk.controls ?? []).flatMap((control, index) =>
      controlIssues(control, [...path, 'controls', index]),
    ),
    ...(risk.insurance ? insuranceIssues(risk.insurance, [...path, 'insurance']) : []),
  ]
}

/**
 * Throws one `UserError` listing every problem in the register, or returns quietly.
 * @example
 * checkQuantifiedRisks([], ['risks']) // no throw
 */
export function checkQuantifiedRisks(risks: readonly QuantifiedRisk[], path: IssuePath): void {
  const issues = risks.flatMap((risk, index) => quantifiedRiskIssues(risk, [...path, index]))
  const seen = new Set<string>()
  risks.forEach((risk, index) => {
    if (seen.has(risk.id))
      issues.push(issue([...path, index, 'id'], `the risk id '${risk.id}' is used twice`))
    seen.add(risk.id)
  })
  if (issues.length === 0) return
  const summary = issues.length === 1 ? issues[0]!.message : `${issues.length} problems in the risk register`
  throw new UserError('invalid_risk_register', summary, issues)
}
