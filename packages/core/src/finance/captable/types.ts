/**
 * @module finance/captable/types
 * The cap-table model as plain data: holdings by share class, the instruments that change them (safes,
 * notes, priced rounds, strategic and crowdfunding investments), the declared conventions, and the result
 * contract of `avp captable --json`. Inputs take plain numbers or decimal strings; results carry exact
 * decimal strings plus a number where handy.
 */

/** A user-entered amount: a plain number (`1.10`) or a decimal string (`'1.10'`); converted exactly. */
export type DecimalInput = number | string

/** The kinds of position a cap table holds before any priced round. */
export type ShareKind = 'common' | 'optionsIssued' | 'optionsPromised' | 'unissuedPool' | 'preferred'

/** One line of the starting cap table. */
export interface Holding {
  readonly holder: string
  readonly kind: ShareKind
  readonly shares: number
  /** Class label, e.g. `Common` or `Seed Preferred`; defaults from `kind`. */
  readonly shareClass?: string
  /** Original issue price of a preferred class (its per-share liquidation basis). */
  readonly issuePricePerShareUsd?: DecimalInput
}

/** Post-money safe (YC 2018+): cap and/or discount, or MFN only; optional pro rata side letter. */
export interface PostMoneySafe {
  readonly kind: 'postMoneySafe'
  readonly holder: string
  readonly amountUsd: DecimalInput
  readonly valuationCapUsd?: DecimalInput
  /** Discount off the round price as a fraction, e.g. `0.2` for 20 %. */
  readonly discount?: DecimalInput
  /** MFN clause: may adopt a later safe's terms as a whole (see `mfnElection`). */
  readonly mfn?: boolean
  /** Index (into `events`) of the later safe whose terms the holder elected under its MFN clause. */
  readonly mfnElection?: number
  /** Holds the YC pro rata side letter. */
  readonly proRata?: boolean
}

/** Pre-money safe (original YC safe, 2013-2018): the cap is measured against pre-round shares plus the new pool. */
export interface PreMoneySafe {
  readonly kind: 'preMoneySafe'
  readonly holder: string
  readonly amountUsd: DecimalInput
  readonly valuationCapUsd?: DecimalInput
  readonly discount?: DecimalInput
  readonly mfn?: boolean
  readonly mfnElection?: number
}

/** Day-count conventions for note interest. */
export type DayCount = 'actual/365' | 'actual/360' | '30/360'

/** Convertible note: principal plus interest accrued to the round's date; cap is a pre-money cap. */
export interface ConvertibleNote {
  readonly kind: 'convertibleNote'
  readonly holder: string
  readonly principalUsd: DecimalInput
  /** Annual rate as a fraction, e.g. `0.06`. */
  readonly annualInterestRate: DecimalInput
  /** `simple` unless stated; `compound` compounds once a year (or `compoundingPerYear`). */
  readonly interest?: 'simple' | 'compound'
  readonly compoundingPerYear?: number
  readonly dayCount?: DayCount
  /** ISO date `YYYY-MM-DD` the note was issued. */
  readonly issueDate: string
  readonly valuationCapUsd?: DecimalInput
  readonly discount?: DecimalInput
}

/** A cash investment in a priced round. */
export interface RoundInvestment {
  readonly holder: string
  readonly amountUsd: DecimalInput
}

/** How the option pool changes with the round; the increase sits in the pre-money. */
export type PoolChange =
  | { readonly kind: 'none' }
  /** Unissued pool after closing equals this fraction of post-closing fully diluted shares. */
  | { readonly kind: 'targetPostPct'; readonly fraction: DecimalInput }
  | { readonly kind: 'increaseShares'; readonly shares: number }

/** A priced equity round; converts every outstanding safe and note. */
export interface PricedRound {
  readonly kind: 'pricedRound'
  readonly name: string
  /** ISO date `YYYY-MM-DD`; needed when notes accrue interest. */
  readonly date?: string
  readonly preMoneyValuationUsd: DecimalInput
  readonly investments: readonly RoundInvestment[]
  readonly pool?: PoolChange
  /**
   * Which pro rata side letters are exercised in this round: `none` (default; rights are only reported),
   * `all`, or the listed holders. Each exercising holder buys σᵢ · L / (1 − Σσ) shares at the round price,
   * σᵢ being its converted safes' share of Company Capitalization and L the other new-money shares, so the
   * holders' purchases are New% / (1 − Σσ) − New% of the company (YC Post-Money Safe User Guide).
   */
  readonly proRataExercise?: 'all' | 'none' | readonly string[]
  /**
   * Who pays for exercised pro rata: `added` (default) — the purchases come on top of the other investments,
   * the Quick Start formula above; `fromRound` — they are carved out of the round, each holder buying σᵢ of the
   * new-money shares and the other investors' amounts scaled down (the guide's Appendix II, Example 1 Q2).
   */
  readonly proRataFunding?: 'added' | 'fromRound'
}

/** Direct purchase of shares at a negotiated price (e.g. a corporate strategic investor). */
export interface StrategicInvestment {
  readonly kind: 'strategicInvestment'
  readonly holder: string
  readonly amountUsd: DecimalInput
  readonly pricePerShareUsd: DecimalInput
  readonly shareClass?: string
}

/** Regulation-crowdfunding raise: many small investors held as one line, as equity or as a post-money safe. */
export interface Crowdfunding {
  readonly kind: 'crowdfunding'
  readonly holder: string
  readonly amountUsd: DecimalInput
  readonly security:
    | { readonly kind: 'equity'; readonly pricePerShareUsd: DecimalInput }
    | {
        readonly kind: 'postMoneySafe'
        readonly valuationCapUsd?: DecimalInput
        readonly discount?: DecimalInput
      }
}

export type CapTableEvent =
  | PostMoneySafe
  | PreMoneySafe
  | ConvertibleNote
  | PricedRound
  | StrategicInvestment
  | Crowdfunding

/**
 * How a priced round treats converting safes and notes (Cooley, "Calculating Share Price With Outstanding
 * Convertible Notes or Safes"): `pre-money` fixes the pre-money valuation and leaves conversions out of the
 * pre-money share count; `percentage-ownership` puts conversions in the pre-money so new money buys exactly
 * new/(pre+new) (YC's guide); `dollars-invested` fixes post-money = pre + new money + converting amounts.
 */
export type PricingConvention = 'pre-money' | 'percentage-ownership' | 'dollars-invested'

/** The rounding rule; part of every answer. */
export interface RoundingRule {
  /** Decimal places of every price per share (YC guide: 4); `null` keeps prices exact. */
  readonly priceDecimals: number | null
  /** How fractional share counts become whole shares (YC guide: floor). */
  readonly shares: 'floor' | 'half-up'
  /** Override for the new money's shares; the YC guide's printed figures round these to the nearest share. */
  readonly newMoneyShares?: 'floor' | 'half-up'
  /**
   * Decimal places of safe and note conversion prices (cap and discount prices) when they differ from the
   * round price's; `null` keeps them exact, absent means `priceDecimals`. The YC Safe primer prints the
   * round price to 3 places ($0.909) and the cap price to 4 ($0.4545) or 5 ($0.72727).
   */
  readonly conversionPriceDecimals?: number | null
}

/**
 * YC Post-Money Safe User Guide, Appendix II: prices to 4 decimals and everything computed onward from the
 * rounded price; conversion shares floored; new-money shares to the nearest share (Example 2 prints
 * $5,000,000 / $1.1115 = 4,498,425.55 as 4,498,426 and $2,200,000 / $0.6566 = 3,350,593.97 as 3,350,594).
 * @example capTable({ holdings, events, rounding: YC_GUIDE_ROUNDING })
 */
export const YC_GUIDE_ROUNDING: RoundingRule = {
  priceDecimals: 4,
  shares: 'floor',
  newMoneyShares: 'half-up',
}

export interface CapTableInput {
  /** ISO date the company was founded; rounds dated before it are refused. */
  readonly foundedOn?: string
  readonly holdings: readonly Holding[]
  readonly events: readonly CapTableEvent[]
  readonly convention?: PricingConvention
  readonly rounding?: RoundingRule
}

/** Which price a converting instrument took. */
export type ConversionBasis = 'cap' | 'discount' | 'round'

export interface ConversionResult {
  readonly holder: string
  /** Path of the instrument in the input, e.g. `events[1]`. */
  readonly path: string
  readonly instrument: 'postMoneySafe' | 'preMoneySafe' | 'convertibleNote'
  readonly basis: ConversionBasis
  /** Purchase amount, or principal plus accrued interest for a note. */
  readonly conversionAmountUsd: string
  readonly pricePerShareUsd: string
  readonly shares: number
}

/** One holder's line after an event (the documented JSON contract). */
export interface HolderResult {
  readonly holder: string
  readonly shares: number
  readonly ownershipPct: number
}

/** One share class's line after an event, with its per-share liquidation basis where it has one. */
export interface ClassResult {
  readonly holder: string
  readonly shareClass: string
  readonly kind: ShareKind
  readonly shares: number
  readonly issuePricePerShareUsd?: string
}

export interface ProRataRight {
  readonly holder: string
  readonly shares: number
  readonly costUsd: string
  /** Shares bought in the round under the side letter, where the round exercises it. */
  readonly exercisedShares?: number
  readonly exercisedCostUsd?: string
}

/** The cap table after one share-issuing event. */
export interface RoundResult {
  readonly name: string
  readonly path: string
  readonly date?: string
  readonly pricePerShareUsd: string
  readonly pricePerShare: number
  readonly preMoneyValuationUsd: string
  /**
   * What the shares held before the round (existing pool included) are worth at the round price: the
   * pre-money net of the pool top-up and the conversions it pays for (Venture Hacks, "option pool shuffle").
   */
  readonly effectivePreMoneyValuationUsd: string
  readonly newMoneyUsd: string
  readonly newMoneyShares: number
  readonly poolIncreaseShares: number
  /**
   * YC "Company Capitalization" after conversion: outstanding shares, issued and promised options, the
   * existing unissued pool and every conversion; not the pool increase, not the new money.
   */
  readonly companyCapitalizationShares: number
  readonly totalShares: number
  readonly conversions: readonly ConversionResult[]
  readonly proRataRights: readonly ProRataRight[]
  readonly holders: readonly HolderResult[]
  readonly classes: readonly ClassResult[]
  readonly convention: PricingConvention
  readonly rounding: RoundingRule
}

export interface CapTableResult {
  readonly convention: PricingConvention
  readonly rounding: RoundingRule
  readonly rounds: readonly RoundResult[]
  /** Holders and shares after the last event. */
  readonly holders: readonly HolderResult[]
  readonly classes: readonly ClassResult[]
  /** Safes and notes still outstanding after the last event (paths). */
  readonly outstandingInstruments: readonly string[]
}
