/**
 * @module finance/simulation/assumptions
 * The plan's `assumptions` made ready to draw: each path parsed and checked against the plan (it must hold
 * a number there, and be one the projection can vary), each range turned into a prepared sampler. PERT and
 * triangular use min / most likely / max; uniform uses min and max; lognormal takes min and max as its 5th
 * and 95th percentiles.
 */
import { type Issue, type IssuePath, UserError } from '../../errors.ts'
import type { Assumption } from '../../plan/assumption.ts'
import { parsePlanPath, valueAtPath } from '../../plan/plan-path.ts'
import type { VenturePlan } from '../../plan/venture-plan.ts'
import {
  lognormalFromInterval,
  lognormalSampler,
  pertSampler,
  type Sampler,
  triangular,
  uniform,
} from '../../random/index.ts'

export interface PreparedAssumption {
  readonly id: string
  readonly path: IssuePath
  readonly draw: Sampler
}

/** Under `models`, only prices vary without re-planning compute: the projection scales cost with them. */
const modelPathPattern =
  /^models\.\d+\.((training|fineTuning\.\d+)\.pricing\.(pricePerGpuHourUsd|committedDiscount)|serving\.pricePerGpuHourUsd)$/

function samplerOf(assumption: Assumption, path: IssuePath): Sampler {
  const { min, mostLikely, max } = assumption
  switch (assumption.distribution) {
    case 'pert':
      return pertSampler({ min, mode: mostLikely, max }, path)
    case 'triangular':
      return (random) => triangular(random, min, mostLikely, max, path)
    case 'uniform':
      return (random) => uniform(random, min, max)
    case 'lognormal':
      return lognormalSampler(lognormalFromInterval(min, max, path), path)
  }
}

/** The first thing wrong with an assumption, or null. */
function problemOf(
  plan: VenturePlan,
  assumption: Assumption,
): { code: string; field: string; message: string } | null {
  const path = parsePlanPath(assumption.path)
  if (path === undefined)
    return {
      code: 'assumption_path_malformed',
      field: 'path',
      message: `"${assumption.path}" is not a path such as products[0].revenue.monthlyGrowthRate`,
    }
  if (typeof valueAtPath(plan, path) !== 'number')
    return {
      code: 'assumption_path_not_number',
      field: 'path',
      message: `${assumption.path} does not hold a number in this plan`,
    }
  const dotted = path.join('.')
  if ((path[0] === 'models' && !modelPathPattern.test(dotted)) || dotted === 'finance.horizonMonths')
    return {
      code: 'assumption_path_not_simulated',
      field: 'path',
      message: `${assumption.path} cannot vary in the simulation (under models only prices per GPU-hour and committed discounts can)`,
    }
  if (!(assumption.min <= assumption.mostLikely && assumption.mostLikely <= assumption.max))
    return { code: 'assumption_range_order', field: 'mostLikely', message: 'expected min ≤ mostLikely ≤ max' }
  if (assumption.distribution === 'lognormal' && !(assumption.min > 0 && assumption.max > assumption.min))
    return {
      code: 'assumption_lognormal_range',
      field: 'min',
      message: 'a lognormal range needs 0 < min < max',
    }
  return null
}

/**
 * Checks and prepares every assumption; throws one `UserError` listing every bad one with its path.
 * @example
 * prepareAssumptions(plan).map((assumption) => assumption.id) //=> ['gpu-price', 'api-growth']
 */
export function prepareAssumptions(plan: VenturePlan): PreparedAssumption[] {
  const issues: Issue[] = []
  const prepared: PreparedAssumption[] = []
  plan.assumptions.forEach((assumption, index) => {
    const at: IssuePath = ['assumptions', index]
    const problem = problemOf(plan, assumption)
    if (problem !== null) {
      issues.push({ ...problem, path: [...at, problem.field], params: { path: assumption.path } })
      return
    }
    try {
      prepared.push({
        id: assumption.id,
        path: parsePlanPath(assumption.path)!,
        draw: samplerOf(assumption, at),
      })
    } catch (error) {
      if (!(error instanceof UserError)) throw error
      issues.push(...error.issues)
    }
  })
  if (issues.length > 0)
    throw new UserError('invalid_assumptions', `${issues.length} assumption(s) cannot be simulated`, issues)
  return prepared
}

/**
 * `data` with `value` at `path`, copying only the objects on the way (copy-on-write), so unchanged parts
 * keep their identity and the projection reuses what it computed for them.
 * @example
 * const next = setAtPath(plan, ['team', 'salaryOverheadRate'], 0.3); next.products === plan.products //=> true
 */
export function setAtPath<T>(data: T, path: IssuePath, value: unknown): T {
  const step = (node: unknown, depth: number): unknown => {
    if (depth === path.length) return value
    const key = path[depth]!
    const source = node as Record<string | number, unknown>
    const copy = (Array.isArray(node) ? [...node] : { ...source }) as Record<string | number, unknown>
    copy[key] = step(source[key], depth + 1)
    return copy
  }
  return step(data, 0) as T
}
