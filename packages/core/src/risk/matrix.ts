/**
 * @module risk/matrix
 * Likelihood × impact scoring on a configurable matrix. No standard fixes the scales or the band
 * thresholds (ISO 31000 leaves them to the organisation), so both are configuration; the default is the
 * common 5 × 5 product with bands low 1–4, medium 5–9, high 10–14 and critical 15–25. A grid may replace the
 * product for matrices that are not multiplicative.
 *
 * Each level may carry the upper end of a quantity range (events per year for likelihood, loss per event in
 * US dollars for impact), which places a quantified risk on the matrix, so the two views agree.
 */
import type { Issue, IssuePath } from '../errors.ts'
import { UserError } from '../errors.ts'

export interface ScaleLevel {
  /** 1 for the lowest level, counting up without gaps. */
  readonly level: number
  readonly label: string
  /** Largest quantity (events per year, or loss per event in USD) at this level; the top level takes the rest. */
  readonly upTo?: number
}

export interface RiskBand {
  readonly name: string
  /** A score belongs to the highest band whose `minScore` it reaches. */
  readonly minScore: number
}

export interface RiskMatrix {
  readonly likelihood: readonly ScaleLevel[]
  readonly impact: readonly ScaleLevel[]
  /** `'product'`, or scores by row (likelihood − 1) and column (impact − 1). */
  readonly scoring: 'product' | readonly (readonly number[])[]
  /** Ascending by `minScore`. */
  readonly bands: readonly RiskBand[]
}

/**
 * The default 5 × 5 matrix. Likelihood ranges: rare below once in 20 years, unlikely up to once in 5, possible
 * up to once in 2, likely up to once a year, almost certain beyond. Impact ranges (loss per event): up to
 * $10k, $100k, $1M, $10M, and beyond — a seed-stage scale; larger ventures should scale them.
 */
export const defaultRiskMatrix: RiskMatrix = {
  likelihood: [
    { level: 1, label: 'rare', upTo: 0.05 },
    { level: 2, label: 'unlikely', upTo: 0.2 },
    { level: 3, label: 'possible', upTo: 0.5 },
    { level: 4, label: 'likely', upTo: 1 },
    { level: 5, label: 'almost-certain' },
  ],
  impact: [
    { level: 1, label: 'negligible', upTo: 10_000 },
    { level: 2, label: 'minor', upTo: 100_000 },
    { level: 3, label: 'moderate', upTo: 1_000_000 },
    { level: 4, label: 'major', upTo: 10_000_000 },
    { level: 5, label: 'severe' },
  ],
  scoring: 'product',
  bands: [
    { name: 'low', minScore: 1 },
    { name: 'medium', minScore: 5 },
    { name: 'high', minScore: 10 },
    { name: 'critical', minScore: 15 },
  ],
}

/** A risk's place on the matrix. */
export interface MatrixPosition {
  readonly likelihood: number
  readonly impact: number
  readonly score: number
  readonly band: string
}

function matrixIssue(path: IssuePath, message: string): Issue {
  return { code: 'invalid_risk_matrix', path, message }
}

function scaleIssues(scale: readonly ScaleLevel[], path: IssuePath): Issue[] {
  const issues: Issue[] = []
  if (scale.length < 2) issues.push(matrixIssue(path, 'a scale needs at least 2 levels'))
  let previousUpTo = Number.NEGATIVE_INFINITY
  scale.forEach((level, index) => {
    if (level.level !== index + 1) {
      issues.push(
        matrixIssue([...path, index, 'level'], `level ${index + 1} expected here, got ${level.level}`),
      )
    }
    if (level.upTo !== undefined) {
      if (!(level.upTo > previousUpTo)) {
        issues.push(matrixIssue([...path, index, 'upTo'], 'upTo must increase from level to level'))
      }
      previousUpTo = level.upTo
    }
  })
  return issues
}

function scoreAt(matrix: RiskMatrix, likelihood: number, impact: number): number {
  if (matrix.scoring === 'product') return likelihood * impact
  return matrix.scoring[likelihood - 1]![impact - 1]!
}

/**
 * Every problem with a matrix's configuration, or nothing.
 * @example
 * riskMatrixIssues(defaultRiskMatrix) //=> []
 */
export function riskMatrixIssues(matrix: RiskMatrix, path: IssuePath = []): Issue[] {
  const issues = [
    ...scaleIssues(matrix.likelihood, [...path, 'likelihood']),
    ...scaleIssues(matrix.impact, [...path, 'impact']),
  ]
  if (matrix.scoring !== 'product') {
    const grid = matrix.scoring
    const shapeOk =
      grid.length === matrix.likelihood.length && grid.every((row) => row.length === matrix.impact.length)
    if (!shapeOk) {
      const shape = `${matrix.likelihood.length} rows of ${matrix.impact.length} scores`
      issues.push(matrixIssue([...path, 'scoring'], `the grid must have ${shape} (likelihood by impact)`))
    } else if (!grid.every((row) => row.every(Number.isFinite))) {
      issues.push(matrixIssue([...path, 'scoring'], 'every score in the grid must be a finite number'))
    }
  }
  if (matrix.bands.length === 0) issues.push(matrixIssue([...path, 'bands'], 'at least one band is needed'))
  matrix.bands.forEach((band, index) => {
    const previous = matrix.bands[index - 1]
    if (previous && !(band.minScore > previous.minScore)) {
      issues.push(matrixIssue([...path, 'bands', index, 'minScore'], 'band thresholds must increase'))
    }
  })
  if (issues.length === 0) {
    let lowest = Number.POSITIVE_INFINITY
    for (let l = 1; l <= matrix.likelihood.length; l++) {
      for (let i = 1; i <= matrix.impact.length; i++) lowest = Math.min(lowest, scoreAt(matrix, l, i))
    }
    if (matrix.bands[0]!.minScore > lowest) {
      const message = `the lowest band must start at or below the lowest score (${lowest})`
      issues.push(matrixIssue([...path, 'bands', 0, 'minScore'], message))
    }
  }
  return issues
}

/**
 * Throws one `UserError` listing every problem with the matrix, or returns quietly.
 * @example
 * checkRiskMatrix(defaultRiskMatrix) // no throw
 */
export function checkRiskMatrix(matrix: RiskMatrix, path: IssuePath = []): void {
  const issues = riskMatrixIssues(matrix, path)
  if (issues.length === 0) return
  const summary = issues.length === 1 ? issues[0]!.message : `${issues.length} problems in the risk matrix`
  throw new UserError('invalid_risk_matrix', summary, issues)
}

/**
 * The band a score falls in.
 * @example
 * bandOf(defaultRiskMatrix, 12) //=> 'high'
 */
export function bandOf(matrix: RiskMatrix, score: number): string {
  let band = matrix.bands[0]?.name ?? ''
  for (const candidate of matrix.bands) if (score >= candidate.minScore) band = candidate.name
  return band
}

function requireLevel(scale: readonly ScaleLevel[], value: number, name: string, path: IssuePath): void {
  if (Number.isInteger(value) && value >= 1 && value <= scale.length) return
  const message = `${name} ${value} is off the scale 1–${scale.length}`
  throw new UserError('invalid_risk_level', message, [
    {
      code: 'invalid_risk_level',
      path: [...path, name],
      message,
      params: { received: value, max: scale.length },
    },
  ])
}

/**
 * Scores a likelihood and impact; throws `invalid_risk_level` with the path of a level off the scale.
 * @example
 * scoreRisk(defaultRiskMatrix, { likelihood: 3, impact: 4 }) //=> { likelihood: 3, impact: 4, score: 12, band: 'high' }
 */
export function scoreRisk(
  matrix: RiskMatrix,
  levels: { readonly likelihood: number; readonly impact: number },
  path: IssuePath = [],
): MatrixPosition {
  requireLevel(matrix.likelihood, levels.likelihood, 'likelihood', path)
  requireLevel(matrix.impact, levels.impact, 'impact', path)
  const score = scoreAt(matrix, levels.likelihood, levels.impact)
  return { likelihood: levels.likelihood, impact: levels.impact, score, band: bandOf(matrix, score) }
}

/**
 * The lowest level whose `upTo` the quantity does not exceed (the top level when none does).
 * @example
 * levelForQuantity(defaultRiskMatrix.likelihood, 0.3) //=> 3
 */
export function levelForQuantity(scale: readonly ScaleLevel[], quantity: number): number {
  for (const level of scale) if (level.upTo !== undefined && quantity <= level.upTo) return level.level
  return scale.length
}

/**
 * Where a quantified risk sits: likelihood from its frequency per year, impact from its mean loss per event.
 * @example
 * positionForQuantities(defaultRiskMatrix, { frequencyPerYear: 0.3, meanLossPerEventUsd: 2_000_000 })
 * //=> { likelihood: 3, impact: 4, score: 12, band: 'high' }
 */
export function positionForQuantities(
  matrix: RiskMatrix,
  quantities: { readonly frequencyPerYear: number; readonly meanLossPerEventUsd: number },
): MatrixPosition {
  const likelihood = levelForQuantity(matrix.likelihood, quantities.frequencyPerYear)
  const impact = levelForQuantity(matrix.impact, quantities.meanLossPerEventUsd)
  return scoreRisk(matrix, { likelihood, impact })
}

/** One cell of a heat map: how many risks sit there, and the cell's band. */
export interface HeatMapCell {
  readonly likelihood: number
  readonly impact: number
  readonly score: number
  readonly band: string
  readonly riskIds: readonly string[]
}

/**
 * Cells by likelihood (highest first, as drawn) then impact, with the risks in each.
 * @example
 * heatMap(defaultRiskMatrix, [{ id: 'a', likelihood: 5, impact: 1 }])[0]![0]!.riskIds //=> ['a']
 */
export function heatMap(
  matrix: RiskMatrix,
  risks: ReadonlyArray<{ readonly id: string; readonly likelihood: number; readonly impact: number }>,
): HeatMapCell[][] {
  const rows: HeatMapCell[][] = []
  for (let likelihood = matrix.likelihood.length; likelihood >= 1; likelihood--) {
    const row: HeatMapCell[] = []
    for (let impact = 1; impact <= matrix.impact.length; impact++) {
      const score = scoreAt(matrix, likelihood, impact)
      const riskIds = risks.filter((r) => r.likelihood === likelihood && r.impact === impact).map((r) => r.id)
      row.push({ likelihood, impact, score, band: bandOf(matrix, score), riskIds })
    }
    rows.push(row)
  }
  return rows
}
