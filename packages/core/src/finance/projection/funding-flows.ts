/**
 * @module finance/projection/funding-flows
 * Money in from financing and out to lenders, month by month: planned rounds in their month, grants, loans
 * (principal in, level monthly payments out), and safes or notes dated after the plan date. Instruments
 * dated on or before the plan date are already in `funding.cashUsd`.
 */
import { type Issue, UserError } from '../../errors.ts'
import type { VenturePlan } from '../../plan/venture-plan.ts'
import { monthOf, monthsBetween } from '../../time/month.ts'

export interface FundingFlows {
  readonly inflowsUsd: number[]
  readonly debtServiceUsd: number[]
}

/**
 * Level monthly payment of a loan (annuity): P·r / (1 − (1 + r)^−n) with r the monthly rate, P/n at 0 %.
 * @example
 * loanPaymentUsd(12_000, 0, 12) //=> 1000
 */
export function loanPaymentUsd(principalUsd: number, annualInterestRate: number, termMonths: number): number {
  const rate = annualInterestRate / 12
  return rate === 0 ? principalUsd / termMonths : (principalUsd * rate) / (1 - (1 + rate) ** -termMonths)
}

/**
 * Refuses funding dated before the company was founded, with the path of each offending entry.
 * @example
 * checkFundingDates(plan) // throws `funding_before_founding` at funding.plannedRounds[0].month
 */
export function checkFundingDates(plan: VenturePlan): void {
  const founded = monthOf(plan.company.foundedOn)
  const issues: Issue[] = []
  const check = (month: string, path: Array<string | number>) => {
    if (month < founded)
      issues.push({
        code: 'funding_before_founding',
        path,
        message: `dated ${month}, before the company was founded (${plan.company.foundedOn})`,
        params: { month, foundedOn: plan.company.foundedOn },
      })
  }
  plan.funding.plannedRounds.forEach((round, index) => {
    check(round.month, ['funding', 'plannedRounds', index, 'month'])
  })
  plan.funding.instruments.forEach((instrument, index) => {
    const path = ['funding', 'instruments', index]
    if (instrument.type === 'grant' || instrument.type === 'loan') check(instrument.month, [...path, 'month'])
    else if (instrument.type === 'convertible-note')
      check(monthOf(instrument.issuedOn), [...path, 'issuedOn'])
    else check(monthOf(instrument.signedOn), [...path, 'signedOn'])
  })
  if (issues.length > 0)
    throw new UserError(
      'funding_before_founding',
      `${issues.length} funding entr(ies) dated before founding`,
      issues,
    )
}

/**
 * Funding inflows and debt service over `horizonMonths` from `firstMonth`. `roundsClose[i]` says whether
 * planned round i closes; the base case closes every round in full in its month (probability is used only
 * by the Monte Carlo simulation).
 * @example
 * fundingFlows(plan, '2026-11', 60).inflowsUsd[11] // the Series B's new money in 2027-10
 */
export function fundingFlows(
  plan: VenturePlan,
  firstMonth: string,
  horizonMonths: number,
  roundsClose?: readonly boolean[],
): FundingFlows {
  const inflowsUsd = new Array<number>(horizonMonths).fill(0)
  const debtServiceUsd = new Array<number>(horizonMonths).fill(0)
  const add = (series: number[], month: string, amount: number) => {
    const index = monthsBetween(firstMonth, month)
    if (index >= 0 && index < horizonMonths) series[index]! += amount
  }
  plan.funding.plannedRounds.forEach((round, index) => {
    if (roundsClose?.[index] ?? true) add(inflowsUsd, round.month, round.newMoneyUsd)
  })
  for (const instrument of plan.funding.instruments) {
    if (instrument.type === 'grant') add(inflowsUsd, instrument.month, instrument.amountUsd)
    else if (instrument.type === 'loan') {
      add(inflowsUsd, instrument.month, instrument.principalUsd)
      const payment = loanPaymentUsd(
        instrument.principalUsd,
        instrument.annualInterestRate,
        instrument.termMonths,
      )
      const start = monthsBetween(firstMonth, instrument.month)
      for (let offset = 1; offset <= instrument.termMonths; offset++) {
        const index = start + offset
        if (index >= 0 && index < horizonMonths) debtServiceUsd[index]! += payment
      }
    } else if (instrument.type === 'convertible-note') {
      if (instrument.issuedOn > plan.asOf)
        add(inflowsUsd, monthOf(instrument.issuedOn), instrument.principalUsd)
    } else if (instrument.signedOn > plan.asOf)
      add(inflowsUsd, monthOf(instrument.signedOn), instrument.amountUsd)
  }
  return { inflowsUsd, debtServiceUsd }
}
