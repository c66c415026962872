/**
 * @module plan/company
 * Who the venture is: name, stage, founding date, display currency and the markets it serves.
 */
import type { z } from 'zod'
import { isoDate, list, marketCode, oneOf, positiveNumber, record, text } from './fields.ts'

export const companyStages = [
  'idea',
  'pre-seed',
  'seed',
  'series-a',
  'series-b',
  'series-c',
  'growth',
] as const

/** Currencies reports can display amounts in; the plan itself always holds US dollars. */
export const displayCurrencies = ['USD', 'CNY', 'EUR', 'GBP', 'JPY', 'SGD', 'HKD'] as const

export const companySchema = record({
  name: text().describe('Trading name of the venture'),
  legalName: text().optional(),
  description: text().optional(),
  stage: oneOf(companyStages).default('seed'),
  foundedOn: isoDate().describe('Date of incorporation'),
  currency: oneOf(displayCurrencies)
    .default('USD')
    .describe('Currency reports display amounts in; plan amounts are always US dollars'),
  usdExchangeRate: positiveNumber().default(1).describe('Units of `currency` per US dollar'),
  homeMarket: marketCode().describe('Where the company is established'),
  marketsServed: list(marketCode())
    .min(1, { error: 'expected:array' })
    .describe('Markets the products are offered in'),
})

export type Company = z.output<typeof companySchema>
