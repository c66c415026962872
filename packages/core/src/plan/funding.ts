/**
 * @module plan/funding
 * Cash, the cap table, the instruments issued so far and the rounds the venture plans (question 15).
 */
import { z } from 'zod'
import {
  bool,
  id,
  isoDate,
  list,
  month,
  nonNegativeInteger,
  oneOf,
  positiveNumber,
  ratio,
  record,
  text,
  usd,
} from './fields.ts'

/** Liquidation preference of a preferred series (the exit waterfall reads it); 1x non-participating by default. */
export const liquidationPreferenceSchema = record({
  multiple: positiveNumber().default(1).describe('Preference as a multiple of the issue price'),
  participation: oneOf(['none', 'full', 'capped']).default('none'),
  participationCapMultiple: positiveNumber()
    .optional()
    .describe('With capped participation: total return cap as a multiple of the issue price'),
  seniority: nonNegativeInteger().default(1).describe('Higher is paid first; equal numbers are pari passu'),
})

export const shareholderSchema = record({
  name: text(),
  shareClass: oneOf(['common', 'preferred']).default('common'),
  series: text().optional().describe('Preferred series name, e.g. Seed or Series A'),
  shares: nonNegativeInteger(),
  issuePricePerShareUsd: usd()
    .optional()
    .describe('Original issue price of preferred shares: the basis of their liquidation preference'),
  liquidationPreference: liquidationPreferenceSchema.optional(),
})

export const optionPoolSchema = record({
  issuedShares: nonNegativeInteger().default(0),
  promisedShares: nonNegativeInteger().default(0),
  unissuedShares: nonNegativeInteger().default(0),
})

const safe = (type: 'post-money-safe' | 'pre-money-safe') =>
  record({
    type: z.literal(type),
    holder: text(),
    amountUsd: usd(),
    valuationCapUsd: usd().optional(),
    discount: ratio().optional().describe('0.2 means the holder pays 80 % of the round price'),
    mostFavouredNation: bool().default(false),
    proRata: bool().default(false),
    signedOn: isoDate(),
  })

const convertibleNote = record({
  type: z.literal('convertible-note'),
  holder: text(),
  principalUsd: usd(),
  annualInterestRate: ratio(),
  interest: oneOf(['simple', 'compound']).default('simple'),
  issuedOn: isoDate(),
  maturesOn: isoDate().optional(),
  valuationCapUsd: usd().optional(),
  discount: ratio().optional(),
})

const grant = record({
  type: z.literal('grant'),
  name: text(),
  amountUsd: usd(),
  month: month(),
})

const loan = record({
  type: z.literal('loan'),
  lender: text(),
  principalUsd: usd(),
  annualInterestRate: ratio(),
  month: month(),
  termMonths: z
    .number({ error: 'expected:positiveInteger' })
    .int({ error: 'expected:positiveInteger' })
    .min(1, { error: 'expected:positiveInteger' }),
})

export const instrumentSchema = z.discriminatedUnion(
  'type',
  [safe('post-money-safe'), safe('pre-money-safe'), convertibleNote, grant, loan],
  { error: 'expected:oneOf' },
)

export const roundKinds = [
  'angel',
  'pre-seed',
  'seed',
  'series-a',
  'series-b',
  'series-c',
  'strategic',
  'crowdfunding',
  'follow-on',
] as const

export const plannedRoundSchema = record({
  id: id(),
  name: text(),
  kind: oneOf(roundKinds),
  month: month(),
  preMoneyValuationUsd: positiveNumber(),
  newMoneyUsd: positiveNumber(),
  optionPoolTargetPct: ratio().optional().describe('Unissued pool as a share of post-money, e.g. 0.1'),
  leadInvestor: text().optional(),
  probability: ratio().default(1).describe('How sure the round is, for simulation'),
  liquidationPreference: liquidationPreferenceSchema
    .optional()
    .describe("Terms of the round's preferred shares"),
  proRataExercise: z
    .union([oneOf(['none', 'all']), list(text())], { error: 'expected:oneOf' })
    .optional()
    .describe('Pro rata side letters exercised here: none (default), all, or the holders listed'),
  proRataFunding: oneOf(['added', 'fromRound'])
    .optional()
    .describe('Exercised pro rata: added on top of the new money (default) or carved out of it'),
})

export const fundingSchema = record({
  cashUsd: usd().describe('Cash in the bank on the plan date'),
  shareholders: list(shareholderSchema).default([]),
  optionPool: optionPoolSchema.prefault({}),
  instruments: list(instrumentSchema).default([]),
  plannedRounds: list(plannedRoundSchema).default([]),
  pricingConvention: oneOf(['pre-money', 'percentage-ownership', 'dollars-invested'])
    .default('percentage-ownership')
    .describe('How a priced round prices converting safes and notes (Cooley); YC uses percentage-ownership'),
})

export type Funding = z.output<typeof fundingSchema>
export type Instrument = z.output<typeof instrumentSchema>
export type PlannedRound = z.output<typeof plannedRoundSchema>
export type LiquidationPreference = z.output<typeof liquidationPreferenceSchema>
