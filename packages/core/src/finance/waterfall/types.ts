/**
 * @module finance/waterfall/types
 * The exit waterfall as plain data: share classes with their preference terms, the exit, and the result
 * contract of `avp waterfall --json` (per holder `holder`, `payoutUsd`, `converted`).
 */
import type { DecimalInput } from '../captable/types.ts'

export interface ClassHolding {
  readonly holder: string
  readonly shares: number
}

/** How a preferred class shares in what is left after preferences. */
export type Participation =
  | 'none'
  | 'full'
  /** Participates until preference plus participation reach `capMultiple` × issue price per share. */
  | { readonly capMultiple: DecimalInput }

export interface CommonClass {
  readonly kind: 'common'
  readonly name: string
  readonly holders: readonly ClassHolding[]
}

export interface PreferredClass {
  readonly kind: 'preferred'
  readonly name: string
  readonly holders: readonly ClassHolding[]
  /** Higher is paid first; equal seniority is one pari passu tier. */
  readonly seniority: number
  /** Original issue price, the basis of the preference and of any participation cap. */
  readonly issuePricePerShareUsd: DecimalInput
  /** Liquidation preference as a multiple of the issue price (1 unless stated). */
  readonly preferenceMultiple?: DecimalInput
  readonly participation?: Participation
  /** Common shares per preferred share on conversion (1 unless stated). */
  readonly conversionRatio?: DecimalInput
}

export type WaterfallClass = CommonClass | PreferredClass

export interface WaterfallInput {
  readonly classes: readonly WaterfallClass[]
  readonly exitValueUsd: DecimalInput
  /** Banker, legal and other deal costs, paid first. */
  readonly transactionCostsUsd?: DecimalInput
  /** Debt repaid at closing, after costs and before any equity. */
  readonly debtUsd?: DecimalInput
}

/** One holder's line (the documented JSON contract). */
export interface HolderPayout {
  readonly holder: string
  /** Exact to the cent; all lines plus costs and debt add up to the exit value. */
  readonly payoutUsd: string
  readonly payout: number
  /** True when any preferred class the holder owns converted to common. */
  readonly converted: boolean
}

export interface ClassPayout {
  readonly name: string
  readonly converted: boolean
  readonly preferenceUsd: string
  readonly participationUsd: string
  readonly payoutUsd: string
}

export interface WaterfallResult {
  readonly exitValueUsd: string
  readonly transactionCostsPaidUsd: string
  readonly debtPaidUsd: string
  readonly distributedToEquityUsd: string
  readonly holders: readonly HolderPayout[]
  readonly classes: readonly ClassPayout[]
  /** How the conversion decisions were settled. */
  readonly equilibrium: 'best-response' | 'enumeration'
}
