/**
 * @module strategy/team-needs
 * The roles a venture's plan implies (seed question 16) and whether the hiring plan fills them, plus a
 * key-person dependency figure for the talent risk. A need is read from facts elsewhere in the plan:
 * selling into the EU needs someone who owns legal compliance; processing special-category data at
 * scale needs a data-protection role (GDPR art. 37(1)(c)); a product under a product-safety regime
 * needs regulatory affairs (e.g. EU MDR art. 15 requires a "person responsible for regulatory compliance").
 */
import type { Role, teamFunctions } from '../plan/team.ts'
import type { VenturePlan } from '../plan/venture-plan.ts'

type TeamFunctionName = (typeof teamFunctions)[number]

/** The kinds of role the rules below can ask for. */
export const roleNeedIds = [
  'technology-lead',
  'commercial-lead',
  'legal-owner',
  'data-protection',
  'regulatory-affairs',
  'finance-owner',
  'people-owner',
] as const
export type RoleNeedId = (typeof roleNeedIds)[number]

export interface RoleNeed {
  readonly id: RoleNeedId
  readonly function: TeamFunctionName
  /** Why the plan needs it: a message key under `strategy.needReasons` and its parameters. */
  readonly reason: RoleNeedId
  readonly params: Readonly<Record<string, string | number>>
  /** In place on the plan date, planned for a later month, or nowhere in the hiring plan. */
  readonly status: 'staffed' | 'planned' | 'missing'
  /** The role that fills it, when one does. */
  readonly filledBy: string | null
  readonly fromMonth: string | null
}

export interface TeamNeeds {
  readonly needs: readonly RoleNeed[]
  /** Needs staffed on the plan date / all needs; 1 when nothing is needed. */
  readonly coverageRatio: number
  readonly missingCount: number
  readonly keyPersonCount: number
  /** Staffed functions in which every person is a key person: one departure stops the function. */
  readonly singlePointFunctions: readonly TeamFunctionName[]
  /**
   * Key-person dependency, 0–1: the share of staffed functions that are single points of failure.
   * 0 is a team where know-how is shared; 1 is one where every function rests on key people alone.
   */
  readonly keyPersonDependencyRatio: number
}

const titlePatterns: Partial<Record<RoleNeedId, RegExp>> = {
  'data-protection': /data[ -]?protection|privacy|\bdpo\b|数据保护|隐私|个人信息保护/i,
  'regulatory-affairs': /regulatory|quality|safety|homologation|法规|注册|质量|安全/i,
}

const isEu = (market: string) => market === 'EU' || market.startsWith('EU-')

function activeOn(role: Role, month: string): boolean {
  return role.startMonth <= month && (role.endMonth === undefined || month <= role.endMonth)
}

function fill(
  plan: VenturePlan,
  id: RoleNeedId,
  fn: TeamFunctionName,
  month: string,
  params: Record<string, string | number>,
): RoleNeed {
  const pattern = titlePatterns[id]
  const candidates = plan.team.roles.filter(
    (role) =>
      (pattern === undefined ? role.function === fn : pattern.test(role.title)) &&
      (role.endMonth === undefined || role.endMonth >= month),
  )
  const now = candidates.find((role) => activeOn(role, month))
  const later = [...candidates].sort((a, b) => a.startMonth.localeCompare(b.startMonth))[0]
  const chosen = now ?? later
  return {
    id,
    function: fn,
    reason: id,
    params,
    status: now !== undefined ? 'staffed' : later !== undefined ? 'planned' : 'missing',
    filledBy: chosen?.title ?? null,
    fromMonth: chosen?.startMonth ?? null,
  }
}

/**
 * The roles the plan needs, each marked staffed, planned or missing, and the key-person figures.
 * @example
 * teamNeeds(plan, '2026-11').needs.find((need) => need.id === 'legal-owner')?.status //=> 'staffed'
 */
export function teamNeeds(plan: VenturePlan, month: string): TeamNeeds {
  const markets = new Set([
    ...plan.company.marketsServed,
    ...plan.products.flatMap((product) => product.markets ?? []),
  ])
  const needs: RoleNeed[] = []
  if (plan.models.length > 0 || plan.products.length > 0)
    needs.push(fill(plan, 'technology-lead', 'technology', month, { models: plan.models.length }))
  if (plan.products.length > 0)
    needs.push(fill(plan, 'commercial-lead', 'market', month, { products: plan.products.length }))
  const euMarkets = [...markets].filter(isEu)
  const regulatedSectors = plan.products
    .map((product) => product.aiSystem.sector)
    .filter((sector) => ['health', 'employment', 'finance', 'insurance', 'education'].includes(sector))
  if (euMarkets.length > 0 || regulatedSectors.length > 0 || markets.has('CN'))
    needs.push(
      fill(plan, 'legal-owner', 'legal', month, {
        markets: [...markets].filter((market) => isEu(market) || market === 'CN').join(', ') || '—',
        sectors: [...new Set(regulatedSectors)].join(', ') || '—',
      }),
    )
  const special = [
    ...new Set(plan.products.flatMap((product) => product.aiSystem.personalData.specialCategories)),
  ]
  if (special.length > 0)
    needs.push(fill(plan, 'data-protection', 'legal', month, { categories: special.join(', ') }))
  const regimes = [...new Set(plan.products.flatMap((product) => product.aiSystem.productSafetyRegimes))]
  if (regimes.length > 0)
    needs.push(fill(plan, 'regulatory-affairs', 'operations', month, { regimes: regimes.join(', ') }))
  const raising = plan.funding.plannedRounds.length + plan.funding.instruments.length
  if (raising > 0) needs.push(fill(plan, 'finance-owner', 'finance', month, { instruments: raising }))
  const peakHeadcount = Math.max(
    0,
    ...plan.team.roles.map((role) =>
      plan.team.roles
        .filter((other) => activeOn(other, role.startMonth))
        .reduce((sum, other) => sum + other.count, 0),
    ),
  )
  // Around 15–20 people founders stop being able to hire and onboard alone; 15 is our threshold.
  if (peakHeadcount >= 15) needs.push(fill(plan, 'people-owner', 'hr', month, { headcount: peakHeadcount }))

  const active = plan.team.roles.filter((role) => activeOn(role, month))
  const byFunction = new Map<TeamFunctionName, { people: number; key: number }>()
  for (const role of active) {
    const entry = byFunction.get(role.function) ?? { people: 0, key: 0 }
    entry.people += role.count
    if (role.keyPerson) entry.key += role.count
    byFunction.set(role.function, entry)
  }
  const singlePointFunctions = [...byFunction.entries()]
    .filter(([, entry]) => entry.people > 0 && entry.key === entry.people)
    .map(([name]) => name)
  const staffed = needs.filter((need) => need.status === 'staffed').length
  return {
    needs,
    coverageRatio: needs.length === 0 ? 1 : staffed / needs.length,
    missingCount: needs.filter((need) => need.status === 'missing').length,
    keyPersonCount: active.filter((role) => role.keyPerson).reduce((sum, role) => sum + role.count, 0),
    singlePointFunctions,
    keyPersonDependencyRatio: byFunction.size === 0 ? 0 : singlePointFunctions.length / byFunction.size,
  }
}
