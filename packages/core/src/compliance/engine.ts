/**
 * @module compliance/engine
 * Applies the rules to one product's facts as of a date: the EU AI Act tiers, every obligation with its
 * article, bearer, date and fine, the timeline of when each applies, and the venture's to-do list.
 */
import { holds } from './conditions.ts'
import { crosswalkByTopic } from './crosswalk.ts'
import { addDays, daysBetween, laterDate } from './dates.ts'
import { complianceRules, obligationsZh, penalties } from './rules/index.ts'
import type {
  Bearer,
  ComplianceFacts,
  ComplianceWarning,
  EuTier,
  FineExposure,
  Obligation,
  ProductCompliance,
  Rule,
  TodoItem,
} from './types.ts'

const tierOrder: readonly EuTier[] = [
  'prohibited',
  'high-risk',
  'high-risk-sectoral',
  'gpai-systemic-risk',
  'gpai',
  'transparency',
  'minimal',
]

/** Whether the venture itself carries a duty borne by `bearer`, given its role. */
export function isOwnDuty(bearer: Bearer, facts: ComplianceFacts): boolean {
  switch (bearer) {
    case 'provider':
    case 'developer':
      return facts.isProvider || facts.derived.modifierIsProvider
    case 'deployer':
    case 'employer':
      return facts.isDeployer
    default:
      return true
  }
}

function fineExposure(penaltyId: string, facts: ComplianceFacts): FineExposure {
  const penalty = penalties.find((candidate) => candidate.id === penaltyId)
  if (penalty === undefined) throw new Error(`compliance rule names unknown penalty ${penaltyId}`)
  const lower = penalty.lowerCapFor?.includes(facts.enterpriseSize) === true
  return {
    penaltyId,
    article: penalty.article,
    fixedAmount: penalty.fixedAmount,
    currency: penalty.currency,
    turnoverPercent: penalty.turnoverPercent,
    whicheverIs: lower ? 'lower' : penalty.whicheverIs,
    text: penalty.text,
  }
}

function toObligation(rule: Rule, facts: ComplianceFacts, asOf: string): Obligation {
  const transitional = rule.transitional !== undefined && holds(rule.transitional.when, facts)
  const appliesFrom = transitional ? rule.transitional!.appliesFrom : rule.appliesFrom
  return {
    id: rule.id,
    jurisdiction: rule.jurisdiction,
    instrument: rule.instrument,
    article: rule.article,
    obligation: rule.obligation,
    obligationZh: rule.obligationZh ?? obligationsZh[rule.id] ?? rule.obligation,
    bearer: rule.bearer,
    ownDuty: isOwnDuty(rule.bearer, facts),
    appliesFrom,
    status: appliesFrom <= asOf ? 'in-force' : 'upcoming',
    transitionalNote: transitional ? rule.transitional!.note : null,
    topic: rule.topic,
    tags: rule.tags ?? [],
    maxFine: fineExposure(rule.penalty, facts),
    crosswalk: crosswalkByTopic[rule.topic],
    source: rule.source,
  }
}

/**
 * Rules that fire for the facts. Rules marked `afterTiers` run second, once the EU tiers are known: the
 * minimal-risk note, and the free and open-source exclusion of Art. 2(12) for systems with no tier.
 */
export function firingRules(facts: ComplianceFacts, rules: readonly Rule[] = complianceRules): Rule[] {
  const first = rules.filter((rule) => rule.afterTiers !== true && holds(rule.when, facts))
  const noTier = facts.inEu && !first.some((rule) => rule.tier !== undefined)
  const euOpenSourceExcluded = noTier && facts.aiSystem.openSource
  const withTiers = {
    ...facts,
    derived: { ...facts.derived, euMinimal: noTier && !euOpenSourceExcluded, euOpenSourceExcluded },
  }
  const second = rules.filter((rule) => rule.afterTiers === true && holds(rule.when, withTiers))
  return [...first, ...second]
}

function conformityAssessment(facts: ComplianceFacts): string | null {
  const { derived } = facts
  if (!facts.inEu || !derived.highRisk) return null
  if (derived.highRiskRoute === 'annex-i')
    return 'The conformity assessment of the Annex I product legislation, covering the AI Act requirements (Art. 43(3)).'
  if (derived.annexIIIPoints.some((point) => point.startsWith('1')))
    return 'Internal control (Annex VI) with harmonised standards applied in full; otherwise a notified body (Annex VII) (Art. 43(1)).'
  return 'Internal control (Annex VI) for Annex III points 2-8 (Art. 43(2)).'
}

/**
 * Evaluates every rule for one product as of `asOf` (`YYYY-MM-DD`).
 * @example
 * evaluateProduct(facts, '2026-11-28', 'CV screener').euTiers //=> ['high-risk']
 */
export function evaluateProduct(
  facts: ComplianceFacts,
  asOf: string,
  productName: string,
  warnings: readonly ComplianceWarning[] = [],
  rules: readonly Rule[] = complianceRules,
): ProductCompliance {
  const fired = firingRules(facts, rules)
  const tiers = new Set(fired.flatMap((rule) => (rule.tier === undefined ? [] : [rule.tier])))
  const obligations = fired
    .map((rule) => toObligation(rule, facts, asOf))
    .sort((a, b) => a.appliesFrom.localeCompare(b.appliesFrom) || a.id.localeCompare(b.id))
  const completed = new Set(facts.aiSystem.completedObligations)
  const todo: TodoItem[] = obligations
    .filter((obligation) => obligation.ownDuty && !completed.has(obligation.id))
    .map((obligation) => {
      const rule = fired.find((candidate) => candidate.id === obligation.id)!
      const dueOn = addDays(
        laterDate(obligation.appliesFrom, facts.placedOnMarketOn),
        rule.dueWithinDays ?? 0,
      )
      const daysLeft = daysBetween(asOf, dueOn)
      return {
        obligationId: obligation.id,
        title: obligation.obligation,
        titleZh: obligation.obligationZh,
        article: obligation.article,
        bearer: obligation.bearer,
        dueOn,
        overdue: daysLeft < 0,
        daysLeft,
      }
    })
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.obligationId.localeCompare(b.obligationId))
  const dates = [...new Set(obligations.map((obligation) => obligation.appliesFrom))].sort()
  return {
    productId: facts.productId,
    productName,
    asOf,
    euTiers: tierOrder.filter((tier) => tiers.has(tier)),
    annexIIIPoints: facts.derived.derogationApplies ? [] : facts.derived.annexIIIPoints,
    conformityAssessment: conformityAssessment(facts),
    obligations,
    todo,
    explainability: obligations.filter((obligation) => obligation.tags.includes('explainability')),
    intellectualProperty: obligations.filter((obligation) => obligation.tags.includes('ip')),
    timeline: dates.map((date) => ({
      date,
      obligationIds: obligations.filter((obligation) => obligation.appliesFrom === date).map(({ id }) => id),
    })),
    warnings,
    facts: {
      markets: facts.markets,
      establishment: facts.establishment,
      enterpriseSize: facts.enterpriseSize,
      trainingComputeFlops: facts.trainingComputeFlops,
    },
  }
}
