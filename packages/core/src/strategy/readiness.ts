/**
 * @module strategy/readiness
 * The readiness scorecard: the seed's seven key success factors (question 11) scored 0–5. A factor is
 * derived from plan figures wherever they exist, so the score moves when the plan moves; otherwise it
 * takes the founder's hand-set score from `strategy.readiness.factors`; otherwise it is unscored.
 *
 * Funding bands follow common venture guidance that a company should hold 18–24 months of runway after
 * a raise and start the next one with no less than 9–12 months left: runway < 6 → 0, 6–9 → 1,
 * 9–12 → 2, 12–18 → 3, 18–24 → 4, ≥ 24 (or no burn) → 5.
 */
import type { readinessFactors } from '../plan/strategy.ts'
import type { VenturePlan } from '../plan/venture-plan.ts'
import type { Competition } from './competition.ts'
import type { TeamNeeds } from './team-needs.ts'

export type ReadinessFactor = (typeof readinessFactors)[number]

export interface FactorScore {
  readonly factor: ReadinessFactor
  /** 0–5, or null when neither a figure nor a hand-set score exists. */
  readonly score: number | null
  readonly source: 'derived' | 'plan' | 'manual' | 'missing'
  /** Message key under `strategy.evidence` and its parameters. */
  readonly evidence: { readonly key: string; readonly params: Readonly<Record<string, string | number>> }
  /** The founder's own words, when the score was set by hand. */
  readonly manualEvidence: string | null
  /** target − score, never negative; the full target when unscored. */
  readonly gap: number
  /** The founder's next action, or null to show the standard one for the factor. */
  readonly nextAction: string | null
}

export interface Readiness {
  readonly target: number
  readonly factors: readonly FactorScore[]
  /** Mean over scored factors; null when none is scored. */
  readonly averageScore: number | null
  readonly scoredCount: number
  /** The scored factor furthest below target. */
  readonly weakestFactor: ReadinessFactor | null
}

/** Inputs figures supply; `runwayMonths` from the finance engine when it exists. */
export interface ReadinessFigures {
  readonly runwayMonths: number | null | undefined
  readonly cashMonths: number | null
}

const halfPoints = (value: number) => Math.round(value * 2) / 2

/**
 * The funding score for a runway, by the bands in the module header; `null` runway means no burn.
 * @example
 * fundingScore(15) //=> 3
 * fundingScore(null) //=> 5
 */
export function fundingScore(runwayMonths: number | null): number {
  if (runwayMonths === null) return 5
  return [6, 9, 12, 18, 24].filter((threshold) => runwayMonths >= threshold).length
}

/**
 * Team score: 5 × (staffed needs + half of the planned ones) / needs.
 * @example
 * teamScore({ needs: [{ status: 'staffed' }, { status: 'missing' }] }) //=> 2.5
 */
export function teamScore(needs: Pick<TeamNeeds, 'needs'>): number {
  if (needs.needs.length === 0) return 5
  const filled = needs.needs.reduce(
    (sum, need) => sum + (need.status === 'staffed' ? 1 : need.status === 'planned' ? 0.5 : 0),
    0,
  )
  return halfPoints((5 * filled) / needs.needs.length)
}

type Derived = {
  score: number
  source: 'derived' | 'plan'
  key: string
  params: Record<string, string | number>
}

function derive(
  factor: ReadinessFactor,
  plan: VenturePlan,
  competition: Competition,
  needs: TeamNeeds,
  figures: ReadinessFigures,
): Derived | null {
  switch (factor) {
    case 'coreTechnology':
      if (plan.models.length === 0) return null
      return {
        score: competition.derivedScores.technology ?? 1,
        source: 'derived',
        key: 'coreTechnology',
        params: {
          models: plan.models.length,
          pretraining: plan.models.filter((model) => model.training?.kind === 'pretraining').length,
        },
      }
    case 'dataResources':
      if (plan.market.ownScores === undefined) return null
      return { score: plan.market.ownScores.data, source: 'plan', key: 'dataResources', params: {} }
    case 'team':
      if (needs.needs.length === 0) return null
      return {
        score: teamScore(needs),
        source: 'derived',
        key: 'team',
        params: {
          staffed: needs.needs.filter((need) => need.status === 'staffed').length,
          needed: needs.needs.length,
          missing:
            needs.needs
              .filter((need) => need.status !== 'staffed')
              .map((need) => need.id)
              .join(', ') || '—',
        },
      }
    case 'marketPositioning':
      if (competition.relativeToLeader === null) return null
      return {
        score: halfPoints(5 * Math.min(1, competition.relativeToLeader)),
        source: 'derived',
        key: 'marketPositioning',
        params: {
          rank: competition.rank,
          of: competition.rows.length,
          relativePct: Math.round(competition.relativeToLeader * 100),
        },
      }
    case 'businessModel':
      if (plan.products.length === 0) return null
      return {
        score: competition.derivedScores.businessModel ?? 0,
        source: 'derived',
        key: 'businessModel',
        params: { models: [...new Set(plan.products.map((product) => product.revenue.model))].join(', ') },
      }
    case 'userFeedback':
      return null
    case 'funding': {
      const runway = figures.runwayMonths !== undefined ? figures.runwayMonths : figures.cashMonths
      if (figures.runwayMonths === undefined && figures.cashMonths === null) return null
      return {
        score: fundingScore(runway),
        source: 'derived',
        key:
          runway === null
            ? 'fundingBeyondHorizon'
            : figures.runwayMonths !== undefined
              ? 'fundingRunway'
              : 'fundingCashMonths',
        params: { months: runway === null ? '∞' : Math.round(runway * 10) / 10 },
      }
    }
  }
}

/**
 * Scores the seven factors.
 * @example
 * scoreReadiness(plan, competition, needs, { runwayMonths: undefined, cashMonths: 20 })
 *   .factors.find((factor) => factor.factor === 'funding')?.score //=> 4
 */
export function scoreReadiness(
  plan: VenturePlan,
  competition: Competition,
  needs: TeamNeeds,
  figures: ReadinessFigures,
  factorsInOrder: readonly ReadinessFactor[],
): Readiness {
  const { target, factors: manual } = plan.strategy.readiness
  const factors = factorsInOrder.map((factor): FactorScore => {
    const derived = derive(factor, plan, competition, needs, figures)
    const hand = manual[factor]
    const score = derived?.score ?? hand?.score ?? null
    return {
      factor,
      score,
      source: derived !== null ? derived.source : hand !== undefined ? 'manual' : 'missing',
      evidence:
        derived !== null ? { key: derived.key, params: derived.params } : { key: 'manual', params: {} },
      manualEvidence: hand?.evidence ?? null,
      gap: score === null ? target : Math.max(0, target - score),
      nextAction: hand?.nextAction ?? null,
    }
  })
  const scored = factors.filter((factor) => factor.score !== null)
  const weakest = [...scored].sort((a, b) => b.gap - a.gap)[0]
  return {
    target,
    factors,
    averageScore:
      scored.length === 0
        ? null
        : scored.reduce((sum, factor) => sum + (factor.score ?? 0), 0) / scored.length,
    scoredCount: scored.length,
    weakestFactor: weakest === undefined || weakest.gap === 0 ? null : weakest.factor,
  }
}
