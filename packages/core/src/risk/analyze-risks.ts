/**
 * @module risk/analyze-risks
 * The risks section of the analysis: the register scored on the plan's matrix (inherent and residual),
 * the exact expected annual loss of each quantified risk, overdue reviews and catalogue suggestions.
 * The Monte Carlo is not run here, so `analyze` stays fast enough to run on every keystroke; views that
 * want percentiles and the exceedance curve call `simulateRegister` themselves.
 */
import type { Risk } from '../plan/risk.ts'
import type { VenturePlan } from '../plan/venture-plan.ts'
import type { SuggestionFigures } from './catalogue/facts.ts'
import { type RiskSuggestion, suggestRisks } from './catalogue/suggest.ts'
import { quantifiedRiskFromPlan, riskControlTitle, riskMatrixFromPlan } from './from-plan.ts'
import { type MatrixPosition, positionForQuantities, type RiskMatrix, scoreRisk } from './matrix.ts'
import { meanLossPerEventUsd, prepareRisk } from './prepare.ts'

export interface RiskQuantityFigures {
  readonly frequencyPerYear: number
  readonly meanLossPerEventUsd: number
  /** Exact: frequency × mean loss per event. */
  readonly inherentExpectedLossUsd: number
  /** Exact: the same after every control's frequency and loss reductions. */
  readonly residualExpectedLossUsd: number
  /** Where the frequency and the mean loss place the risk on the matrix, to compare with the judged levels. */
  readonly position: MatrixPosition
}

export interface RegisterRiskFigures {
  readonly id: string
  readonly title: string
  readonly category: Risk['category']
  readonly owner: string | null
  readonly response: Risk['response']
  readonly responseReason: string | null
  readonly inherent: MatrixPosition
  readonly residual: MatrixPosition
  readonly controls: readonly string[]
  readonly controlsAnnualCostUsd: number
  readonly annualPremiumUsd: number
  readonly quantified: RiskQuantityFigures | null
  readonly nextReviewOn: string | null
  /** Days past the review date at `asOf`; 0 when not overdue or without a date. */
  readonly daysOverdue: number
  readonly catalogueId: string | null
}

export interface OverdueReview {
  readonly risk: string
  readonly title: string
  readonly nextReviewOn: string
  readonly daysOverdue: number
}

export interface RiskAnalysis {
  /** The matrix the register is scored on (the plan's, with defaults filled in). */
  readonly matrix: RiskMatrix
  readonly register: readonly RegisterRiskFigures[]
  /** Reviews whose date is before `asOf`: findings, most overdue first. */
  readonly overdueReviews: readonly OverdueReview[]
  readonly suggestions: readonly RiskSuggestion[]
  readonly totals: {
    readonly risks: number
    readonly quantifiedRisks: number
    readonly inherentExpectedLossUsd: number
    readonly residualExpectedLossUsd: number
    readonly controlsAnnualCostUsd: number
    readonly annualPremiumUsd: number
    /** Risks per band, by band name. */
    readonly inherentByBand: Readonly<Record<string, number>>
    readonly residualByBand: Readonly<Record<string, number>>
  }
}

const dayMs = 86_400_000

/**
 * Whole days from `from` to `to` (ISO dates); negative when `to` is earlier.
 * @example
 * daysBetween('2026-01-30', '2026-03-01') //=> 30
 */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / dayMs)
}

function quantityFigures(risk: Risk, matrix: RiskMatrix): RiskQuantityFigures | null {
  const quantified = quantifiedRiskFromPlan(risk)
  if (quantified === undefined) return null
  const meanLossUsd = meanLossPerEventUsd(quantified.lossPerEventUsd)
  const prepared = prepareRisk(quantified, [])
  const inherentExpectedLossUsd = quantified.frequencyPerYear * meanLossUsd
  return {
    frequencyPerYear: quantified.frequencyPerYear,
    meanLossPerEventUsd: meanLossUsd,
    inherentExpectedLossUsd,
    residualExpectedLossUsd: inherentExpectedLossUsd * prepared.survival * prepared.lossFactor,
    position: positionForQuantities(matrix, {
      frequencyPerYear: quantified.frequencyPerYear,
      meanLossPerEventUsd: meanLossUsd,
    }),
  }
}

function riskFigures(risk: Risk, index: number, matrix: RiskMatrix, asOf: string): RegisterRiskFigures {
  const path = ['risks', 'register', index]
  const inherent = scoreRisk(matrix, risk, path)
  const residualLevels = {
    likelihood: risk.residualLikelihood ?? risk.likelihood,
    impact: risk.residualImpact ?? risk.impact,
  }
  const overdue = risk.nextReviewOn === undefined ? 0 : Math.max(0, daysBetween(risk.nextReviewOn, asOf))
  return {
    id: risk.id,
    title: risk.title,
    category: risk.category,
    owner: risk.owner ?? null,
    response: risk.response,
    responseReason: risk.responseReason ?? null,
    inherent,
    residual: scoreRisk(matrix, residualLevels, path),
    controls: risk.controls.map(riskControlTitle),
    controlsAnnualCostUsd: risk.controls.reduce(
      (sum, control) => sum + (typeof control === 'string' ? 0 : control.annualCostUsd),
      0,
    ),
    annualPremiumUsd: risk.insurance?.annualPremiumUsd ?? 0,
    quantified: quantityFigures(risk, matrix),
    nextReviewOn: risk.nextReviewOn ?? null,
    daysOverdue: overdue,
    catalogueId: risk.catalogueId ?? null,
  }
}

function countByBand(matrix: RiskMatrix, positions: readonly MatrixPosition[]): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const band of matrix.bands) counts[band.name] = 0
  for (const position of positions) counts[position.band] = (counts[position.band] ?? 0) + 1
  return counts
}

/**
 * The risks section of the analysis. Throws `invalid_risk_level` with the path of a level off the scale
 * (a plan from `parsePlan` has been checked already).
 * @example
 * analyzeRisks(plan, figures).totals.risks //=> 3
 */
export function analyzeRisks(plan: VenturePlan, figures: SuggestionFigures): RiskAnalysis {
  const matrix = riskMatrixFromPlan(plan.risks.matrix)
  const register = plan.risks.register.map((risk, index) => riskFigures(risk, index, matrix, plan.asOf))
  const sum = (pick: (risk: RegisterRiskFigures) => number) =>
    register.reduce((total, risk) => total + pick(risk), 0)
  return {
    matrix,
    register,
    overdueReviews: register
      .filter((risk) => risk.daysOverdue > 0)
      .map((risk) => ({
        risk: risk.id,
        title: risk.title,
        nextReviewOn: risk.nextReviewOn!,
        daysOverdue: risk.daysOverdue,
      }))
      .sort((a, b) => b.daysOverdue - a.daysOverdue),
    suggestions: suggestRisks(plan, figures),
    totals: {
      risks: register.length,
      quantifiedRisks: register.filter((risk) => risk.quantified !== null).length,
      inherentExpectedLossUsd: sum((risk) => risk.quantified?.inherentExpectedLossUsd ?? 0),
      residualExpectedLossUsd: sum((risk) => risk.quantified?.residualExpectedLossUsd ?? 0),
      controlsAnnualCostUsd: sum((risk) => risk.controlsAnnualCostUsd),
      annualPremiumUsd: sum((risk) => risk.annualPremiumUsd),
      inherentByBand: countByBand(
        matrix,
        register.map((risk) => risk.inherent),
      ),
      residualByBand: countByBand(
        matrix,
        register.map((risk) => risk.residual),
      ),
    },
  }
}
