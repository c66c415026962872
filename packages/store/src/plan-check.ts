/**
 * @module plan-check
 * The one gate every stored plan passes: schema, cross-references, and the analysis itself (an indicator
 * naming an unknown figure is only found there). Nothing that fails it is ever written.
 */
import { analyze, UserError, type VenturePlan, validatePlan } from '@avp/core'

/**
 * The validated plan, or a `UserError` listing every issue with its path.
 * @example
 * checkPlan({ formatVersion: 1 }) // throws UserError('invalid_plan', …, [{ path: ['asOf'], … }, …])
 */
export function checkPlan(data: unknown): VenturePlan {
  const result = validatePlan(data)
  if (!result.ok) {
    throw new UserError('invalid_plan', `The plan has ${result.issues.length} problem(s)`, result.issues)
  }
  analyze(result.plan)
  return result.plan
}

/** The format version a plan declares (for the version row), 0 when it has none. */
export function formatVersionOf(data: unknown): number {
  const value = (data as { formatVersion?: unknown } | null)?.formatVersion
  return typeof value === 'number' && Number.isInteger(value) ? value : 0
}
