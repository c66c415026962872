/**
 * @module finance/plan/waterfall-from-plan
 * The exit waterfall of the plan's cap table after all planned rounds (or after a named one): preferred
 * series take the liquidation terms the plan states for them (shareholders' series and planned rounds;
 * 1x non-participating, pari passu otherwise), conversion shares of a round rank with that round.
 */
import { type Issue, UserError } from '../../errors.ts'
import type { LiquidationPreference } from '../../plan/funding.ts'
import type { VenturePlan } from '../../plan/venture-plan.ts'
import type { CapTableResult } from '../captable/types.ts'
import { type PreferenceTerms, waterfallClasses } from '../waterfall/from-cap-table.ts'
import type { WaterfallResult } from '../waterfall/types.ts'
import { waterfall } from '../waterfall/waterfall.ts'
import { capTableFromPlan } from './cap-table-from-plan.ts'

function termsOf(preference: LiquidationPreference | undefined): PreferenceTerms {
  if (preference === undefined) return {}
  const participation: PreferenceTerms['participation'] =
    preference.participation === 'full'
      ? 'full'
      : preference.participation === 'capped' && preference.participationCapMultiple !== undefined
        ? { capMultiple: preference.participationCapMultiple }
        : 'none'
  return { seniority: preference.seniority, preferenceMultiple: preference.multiple, participation }
}

/**
 * Preference terms by share-class name, as `waterfallClasses` reads them.
 * @example
 * preferenceTermsFromPlan(plan)['Series B'] //=> { seniority: 2, preferenceMultiple: 1, participation: 'none' }
 */
export function preferenceTermsFromPlan(plan: VenturePlan): Record<string, PreferenceTerms> {
  const issues: Issue[] = []
  const check = (preference: LiquidationPreference | undefined, path: Array<string | number>) => {
    if (preference?.participation === 'capped' && preference.participationCapMultiple === undefined)
      issues.push({
        code: 'participation_cap_missing',
        path: [...path, 'liquidationPreference', 'participationCapMultiple'],
        message: 'capped participation needs participationCapMultiple (e.g. 3 for a 3x cap)',
      })
  }
  plan.funding.shareholders.forEach((holder, index) => {
    check(holder.liquidationPreference, ['funding', 'shareholders', index])
  })
  plan.funding.plannedRounds.forEach((round, index) => {
    check(round.liquidationPreference, ['funding', 'plannedRounds', index])
  })
  if (issues.length > 0) throw new UserError('participation_cap_missing', issues[0]!.message, issues)
  const terms: Record<string, PreferenceTerms> = {}
  for (const holder of plan.funding.shareholders) {
    if (holder.shareClass === 'preferred' && holder.liquidationPreference !== undefined)
      terms[holder.series ?? 'Preferred'] = termsOf(holder.liquidationPreference)
  }
  for (const round of plan.funding.plannedRounds) {
    const stated = termsOf(round.liquidationPreference)
    terms[round.name] = stated
    terms[`${round.name} (conversion)`] = stated
  }
  return terms
}

export interface PlanExit {
  readonly exitValueUsd: number
  readonly transactionCostsUsd?: number
  readonly debtUsd?: number
}

/**
 * The waterfall at an exit value over the plan's cap table after its last planned round.
 * @example
 * waterfallFromPlan(plan, { exitValueUsd: 250_000_000 }).holders[0] //=> { holder: 'Founders', payoutUsd: '…', converted: false, … }
 */
export function waterfallFromPlan(
  plan: VenturePlan,
  exit: PlanExit,
  table: CapTableResult = capTableFromPlan(plan),
): WaterfallResult {
  return waterfall({
    classes: waterfallClasses(table.classes, preferenceTermsFromPlan(plan)),
    exitValueUsd: exit.exitValueUsd,
    ...(exit.transactionCostsUsd === undefined ? {} : { transactionCostsUsd: exit.transactionCostsUsd }),
    ...(exit.debtUsd === undefined ? {} : { debtUsd: exit.debtUsd }),
  })
}
