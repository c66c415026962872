/**
 * @module analysis/analyze
 * `analyze(plan)`: runs every engine in dependency order and returns one plain-JSON analysis. Pure: the
 * same plan gives the same analysis, in Node and in the browser alike.
 */
import { analyzeCompliance, trainingFlopsByModel } from '../compliance/index.ts'
import { analyzeCompute } from '../compute/index.ts'
import { analyzeFinance, otherCostsInMonth } from '../finance/index.ts'
import { linkGuide } from '../guide/index.ts'
import type { VenturePlan } from '../plan/venture-plan.ts'
import { analyzeRisks } from '../risk/index.ts'
import { analyzeStrategy } from '../strategy/index.ts'
import { teamInMonth, teamTimeline } from '../team/index.ts'
import { monthOf, monthRange, monthsBetween } from '../time/month.ts'
import { earlyWarnings, evaluateIndicators } from './indicators.ts'

import type { Analysis, TeamAnalysis } from './types.ts'

function analyzeTeam(plan: VenturePlan, months: readonly string[]): TeamAnalysis {
  const now = teamInMonth(plan.team, months[0]!)
  const functions = Object.keys(now.headcountByFunction) as Array<keyof typeof now.headcountByFunction>
  return {
    headcount: now.headcount,
    headcountByFunction: now.headcountByFunction,
    monthlyCostUsd: now.monthlyCostUsd,
    keyPersonCount: now.keyPersonCount,
    keyPersonShare: now.headcount === 0 ? 0 : now.keyPersonCount / now.headcount,
    unstaffedFunctions: functions.filter((name) => now.headcountByFunction[name] === 0),
    timeline: teamTimeline(plan.team, months).map(
      ({ month, headcount, headcountByFunction, monthlyCostUsd }) => ({
        month,
        headcount,
        headcountByFunction,
        monthlyCostUsd,
      }),
    ),
  }
}

function analyzeFunding(plan: VenturePlan, firstMonth: string): Analysis['funding'] {
  const upcoming = plan.funding.plannedRounds
    .filter((round) => round.month >= firstMonth)
    .sort((a, b) => a.month.localeCompare(b.month))
  const next = upcoming[0]
  return {
    cashUsd: plan.funding.cashUsd,
    plannedRaiseUsd: upcoming.reduce((sum, round) => sum + round.newMoneyUsd, 0),
    nextRound:
      next === undefined
        ? null
        : { id: next.id, name: next.name, month: next.month, newMoneyUsd: next.newMoneyUsd },
    monthsToNextRound: next === undefined ? null : monthsBetween(firstMonth, next.month),
  }
}

/**
 * Analyses a validated plan (from `parsePlan` or `validatePlan`).
 * Throws a `UserError` when an indicator expression is malformed or names an unknown figure.
 * @example
 * analyze(parsePlan(text).plan).team.headcount //=> 38
 */
export function analyze(plan: VenturePlan): Analysis {
  const firstMonth = monthOf(plan.asOf)
  const months = monthRange(firstMonth, plan.finance.horizonMonths)
  const { company } = plan
  const figures = {
    analysisVersion: 1 as const,
    asOf: plan.asOf,
    months,
    company: {
      name: company.name,
      stage: company.stage,
      currency: company.currency,
      usdExchangeRate: company.usdExchangeRate,
      homeMarket: company.homeMarket,
      marketsServed: company.marketsServed,
      ageMonths: monthsBetween(monthOf(company.foundedOn), firstMonth),
    },
    products: plan.products.map((product) => ({
      id: product.id,
      name: product.name,
      scenario: product.scenario,
      revenueModel: product.revenue.model,
      launchMonth: product.launchMonth,
      markets: product.markets ?? company.marketsServed,
    })),
    team: analyzeTeam(plan, months),
    costs: { monthlyOtherUsd: otherCostsInMonth(plan.finance, firstMonth, firstMonth) },
    funding: analyzeFunding(plan, firstMonth),
    compute: analyzeCompute(plan),
  }
  // Compliance reads the planned training FLOPs (Art. 51's 10^25 presumption) from the compute planner.
  const compliance = analyzeCompliance(plan, {
    trainingFlopsByModel: trainingFlopsByModel(figures.compute.training),
  })
  const financed = { ...figures, compliance, finance: analyzeFinance(plan, figures.compute) }
  // Before the indicators, so an indicator may read risk figures (risks.totals.residualExpectedLossUsd).
  const withFinance = { ...financed, risks: analyzeRisks(plan, financed) }
  const indicators = evaluateIndicators(plan.risks.indicators, withFinance)
  const maxLikelihood = withFinance.risks.matrix.likelihood.length
  const warnings = earlyWarnings(indicators, plan.risks.register, maxLikelihood)
  const strategy = analyzeStrategy(plan, withFinance, firstMonth)
  const guide = linkGuide(plan, { ...withFinance, indicators, warnings, strategy })
  return { ...withFinance, indicators, warnings, strategy, guide }
}
