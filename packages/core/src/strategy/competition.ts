/**
 * @module strategy/competition
 * The competitor matrix on the seed's five dimensions (questions 7 and 18) with weights, our own row
 * derived from the plan where it can be, and Porter's five forces as an optional section.
 *
 * Derivation rules for our row (documented so a founder can argue with them):
 * - technology from the models: none 1, serving someone else's weights 2, fine-tuning 3, own
 *   pre-training 4, plus 0.5 for a general-purpose model and 0.5 when it is also fine-tuned (max 5);
 * - talent from the team plan: technology headcount 0 → 0, 1–2 → 1, 3–5 → 2, 6–10 → 3, 11–20 → 4,
 *   more → 5, minus 0.5 when key-person dependency is above one half;
 * - business model from the products: no revenue model 0, one 3, two 4, three or more 5.
 * Data and ecosystem cannot be read from figures; without `market.ownScores` they are 2.5, marked as
 * an assumption. Scores written in `market.ownScores` always win: the founder knows more than the rules.
 */
import { type Issue, UserError } from '../errors.ts'
import type { Market } from '../plan/market.ts'
import type { VenturePlan } from '../plan/venture-plan.ts'

export const dimensions = ['technology', 'data', 'talent', 'businessModel', 'ecosystem'] as const
export type Dimension = (typeof dimensions)[number]
export type DimensionScores = Readonly<Record<Dimension, number>>

export const forces = ['rivalry', 'newEntrants', 'substitutes', 'buyerPower', 'supplierPower'] as const
export type Force = (typeof forces)[number]

export interface CompetitorRow {
  readonly name: string
  readonly own: boolean
  readonly scores: DimensionScores
  /** Σ weight × score / Σ weight, 0–5. */
  readonly weightedScore: number
}

export interface Competition {
  /** Weights normalised to sum to 1. */
  readonly weights: DimensionScores
  readonly rows: readonly CompetitorRow[]
  /** Where each of our scores came from. */
  readonly ownSources: Readonly<Record<Dimension, 'plan' | 'derived' | 'assumption'>>
  /** What the rules derive, shown beside hand-written scores so a gap between them is visible. */
  readonly derivedScores: Readonly<Partial<Record<Dimension, number>>>
  readonly rank: number
  /** Our weighted score / the best competitor's (1 = level); null without competitors. */
  readonly relativeToLeader: number | null
  readonly strongestDimension: Dimension
  readonly weakestDimension: Dimension
  readonly fiveForces: {
    readonly levels: Readonly<Record<Force, number>>
    readonly averageLevel: number
    readonly strongestForce: Force
  } | null
}

/**
 * The weights as shares of their sum. Throws a `UserError` at `market.weights` when they sum to 0.
 * @example
 * normaliseWeights({ technology: 2, data: 1, talent: 1, businessModel: 0, ecosystem: 0 }).technology //=> 0.5
 */
export function normaliseWeights(weights: DimensionScores): DimensionScores {
  const issues: Issue[] = []
  for (const dimension of dimensions) {
    const value = weights[dimension]
    if (!Number.isFinite(value) || value < 0)
      issues.push({
        code: 'expected',
        path: ['market', 'weights', dimension],
        message: `expected a number of zero or more, got ${value}`,
        params: { expected: 'nonNegativeNumber', received: String(value) },
      })
  }
  const total = dimensions.reduce((sum, dimension) => sum + weights[dimension], 0)
  if (issues.length === 0 && total === 0)
    issues.push({
      code: 'weights_zero',
      path: ['market', 'weights'],
      message: 'the five weights sum to 0; give at least one dimension a positive weight',
      params: {},
    })
  if (issues.length > 0) throw new UserError('invalid_weights', 'the competitor weights are invalid', issues)
  return Object.fromEntries(dimensions.map((dimension) => [dimension, weights[dimension] / total])) as Record<
    Dimension,
    number
  >
}

/**
 * Σ weight × score with normalised weights.
 * @example
 * weightedScore({ technology: 5, data: 0, talent: 0, businessModel: 0, ecosystem: 0 },
 *   { technology: 0.5, data: 0.5, talent: 0, businessModel: 0, ecosystem: 0 }) //=> 2.5
 */
export function weightedScore(scores: DimensionScores, weights: DimensionScores): number {
  return dimensions.reduce((sum, dimension) => sum + scores[dimension] * weights[dimension], 0)
}

/** Technology score from the models, by the rule in the module header. */
export function technologyFromModels(plan: VenturePlan): number {
  if (plan.models.length === 0) return 1
  const pretrains = plan.models.some((model) => model.training?.kind === 'pretraining')
  const fineTunes = plan.models.some(
    (model) =>
      model.fineTuning.length > 0 || (model.training !== undefined && model.training.kind !== 'pretraining'),
  )
  const generalPurpose = plan.products.some((product) => product.aiSystem.generalPurposeModel)
  let score = pretrains ? 4 : fineTunes ? 3 : 2
  if (pretrains && fineTunes) score += 0.5
  if (generalPurpose) score += 0.5
  return Math.min(5, score)
}

/** Talent score from the technology headcount and key-person dependency, by the rule in the header. */
export function talentFromTeam(technologyHeadcount: number, keyPersonDependencyRatio: number): number {
  const bands = [0, 2, 5, 10, 20]
  const score = bands.filter((upper) => technologyHeadcount > upper).length
  return Math.max(0, score - (keyPersonDependencyRatio > 0.5 ? 0.5 : 0))
}

/** Business-model score from the distinct revenue models, by the rule in the header. */
export function businessModelFromProducts(plan: VenturePlan): number {
  const models = new Set(plan.products.map((product) => product.revenue.model)).size
  return models === 0 ? 0 : Math.min(5, models + 2)
}

/**
 * The competitor matrix with our row first.
 * @example
 * analyzeCompetition(plan, 12, 0).rows[0].own //=> true
 */
export function analyzeCompetition(
  plan: VenturePlan,
  technologyHeadcount: number,
  keyPersonDependencyRatio: number,
): Competition {
  const market: Market = plan.market
  const weights = normaliseWeights(market.weights)
  const derivedScores = {
    technology: technologyFromModels(plan),
    talent: talentFromTeam(technologyHeadcount, keyPersonDependencyRatio),
    businessModel: businessModelFromProducts(plan),
  }
  const own = market.ownScores
  const ownScores: DimensionScores = own ?? { ...derivedScores, data: 2.5, ecosystem: 2.5 }
  const ownSources = Object.fromEntries(
    dimensions.map((dimension) => [
      dimension,
      own !== undefined ? 'plan' : dimension in derivedScores ? 'derived' : 'assumption',
    ]),
  ) as Record<Dimension, 'plan' | 'derived' | 'assumption'>
  const rows: CompetitorRow[] = [
    {
      name: plan.company.name,
      own: true,
      scores: ownScores,
      weightedScore: weightedScore(ownScores, weights),
    },
    ...market.competitors.map((competitor) => ({
      name: competitor.name,
      own: false,
      scores: competitor.scores,
      weightedScore: weightedScore(competitor.scores, weights),
    })),
  ]
  const ours = rows[0]!.weightedScore
  const best = Math.max(...rows.slice(1).map((row) => row.weightedScore))
  const byScore = [...dimensions].sort((a, b) => ownScores[b] - ownScores[a])
  return {
    weights,
    rows,
    ownSources,
    derivedScores,
    rank: 1 + rows.slice(1).filter((row) => row.weightedScore > ours).length,
    relativeToLeader: rows.length === 1 ? null : best === 0 ? 1 : ours / best,
    strongestDimension: byScore[0]!,
    weakestDimension: byScore[byScore.length - 1]!,
    fiveForces: fiveForcesSummary(market),
  }
}

function fiveForcesSummary(market: Market): Competition['fiveForces'] {
  const rated = market.fiveForces
  if (rated === undefined) return null
  const levels = Object.fromEntries(forces.map((name) => [name, rated[name].level])) as Record<Force, number>
  const strongestForce = [...forces].sort((a, b) => levels[b] - levels[a])[0]!
  return {
    levels,
    averageLevel: forces.reduce((sum, name) => sum + levels[name], 0) / forces.length,
    strongestForce,
  }
}
