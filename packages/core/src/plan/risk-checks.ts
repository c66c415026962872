/**
 * @module plan/risk-checks
 * Checks of the risk section that the schema cannot make: levels against the plan's own (configurable)
 * matrix, a well-formed matrix, and quantification whose numbers fit together (PERT order, a 90 %
 * interval that rises, percentages up to 100, frequency and loss given together).
 */
import type { Issue, IssuePath } from '../errors.ts'
import { planFieldForMatrixField, riskMatrixFromPlan } from '../risk/from-plan.ts'
import { riskMatrixIssues } from '../risk/matrix.ts'
import type { Risk } from './risk.ts'
import type { VenturePlan } from './venture-plan.ts'

const levelFields = ['likelihood', 'impact', 'residualLikelihood', 'residualImpact'] as const

/** Engine paths name `scoring` and `upTo`; the plan names `grid`, `upToPerYear` and `upToUsd`. */
function planMatrixPath(path: IssuePath): IssuePath {
  return path.map((segment, index) => {
    if (segment === 'upTo') return path[index - 2] === 'likelihood' ? 'upToPerYear' : 'upToUsd'
    return typeof segment === 'string' ? (planFieldForMatrixField[segment] ?? segment) : segment
  })
}

function levelIssues(risk: Risk, path: IssuePath, scales: { likelihood: number; impact: number }): Issue[] {
  return levelFields.flatMap((field) => {
    const value = risk[field]
    const max = field.toLowerCase().endsWith('likelihood') ? scales.likelihood : scales.impact
    if (value === undefined || value <= max) return []
    return [
      {
        code: 'risk_level_off_scale',
        path: [...path, field],
        message: `${field} ${value} is off the scale 1–${max}`,
        params: { field, received: value, max },
      },
    ]
  })
}

function lossIssues(loss: NonNullable<Risk['lossPerEventUsd']>, path: IssuePath): Issue[] {
  if (loss.distribution === 'pert') {
    const { min, mostLikely, max } = loss
    if (min <= mostLikely && mostLikely <= max) return []
    return [
      {
        code: 'range_order',
        path: [...path, min > max ? 'min' : 'mostLikely'],
        message: `expected min ≤ mostLikely ≤ max, got ${min} / ${mostLikely} / ${max}`,
        params: { min, mostLikely, max },
      },
    ]
  }
  if (loss.low > 0 && loss.high > loss.low) return []
  return [
    {
      code: 'risk_interval',
      path: [...path, loss.low > 0 ? 'high' : 'low'],
      message: `a 90 % interval needs 0 < low < high, got ${loss.low} / ${loss.high}`,
      params: { low: loss.low, high: loss.high },
    },
  ]
}

function quantityIssues(risk: Risk, path: IssuePath): Issue[] {
  const issues: Issue[] = []
  const hasFrequency = risk.frequencyPerYear !== undefined
  const hasLoss = risk.lossPerEventUsd !== undefined
  if (hasFrequency !== hasLoss) {
    const missing = hasFrequency ? 'lossPerEventUsd' : 'frequencyPerYear'
    issues.push({
      code: 'risk_quantity_incomplete',
      path: [...path, missing],
      message: `frequencyPerYear and lossPerEventUsd go together; ${missing} is missing`,
      params: { missing },
    })
  }
  if (risk.lossPerEventUsd !== undefined)
    issues.push(...lossIssues(risk.lossPerEventUsd, [...path, 'lossPerEventUsd']))
  risk.controls.forEach((control, index) => {
    if (typeof control === 'string') return
    for (const field of ['frequencyReductionPct', 'lossReductionPct'] as const) {
      const value = control[field]
      if (value === undefined || value <= 100) continue
      issues.push({
        code: 'risk_percent',
        path: [...path, 'controls', index, field],
        message: `expected a percentage from 0 to 100, got ${value}`,
        params: { received: value },
      })
    }
  })
  return issues
}

/**
 * Every cross-field problem of the plan's risk section, with paths into the plan.
 * @example
 * riskSectionIssues({ register: [], indicators: [] }) //=> []
 */
export function riskSectionIssues(risks: VenturePlan['risks']): Issue[] {
  const matrix = riskMatrixFromPlan(risks.matrix)
  const matrixIssues = riskMatrixIssues(matrix, ['risks', 'matrix']).map((issue) => ({
    ...issue,
    path: planMatrixPath(issue.path),
  }))
  const scales = { likelihood: matrix.likelihood.length, impact: matrix.impact.length }
  return [
    ...matrixIssues,
    ...risks.register.flatMap((risk, index) => {
      const path = ['risks', 'register', index]
      // Levels are only judged against a matrix that is itself well formed.
      return [
        ...(matrixIssues.length === 0 ? levelIssues(risk, path, scales) : []),
        ...quantityIssues(risk, path),
      ]
    }),
  ]
}
