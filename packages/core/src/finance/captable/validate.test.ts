import { describe, expect, it } from 'vitest'
import { UserError } from '../../errors.ts'
import { capTable } from './cap-table.ts'
import type { CapTableEvent, Holding } from './types.ts'

describe('validateCapTable (through capTable)', () => {
  const expectIssue = (run: () => unknown, code: string, path: (string | number)[]) => {
    try {
      run()
    } catch (error) {
      expect(error).toBeInstanceOf(UserError)
      expect((error as UserError).issues).toContainEqual(expect.objectContaining({ code, path }))
      return
    }
    throw new Error('expected a UserError')
  }
  const founders: Holding[] = [{ holder: 'Founders', kind: 'common', shares: 1_000_000 }]
  it('throws for a safe with no cap, no discount and no MFN, at its path', () => {
    expectIssue(
      () => capTable({ holdings: founders, events: [{ kind: 'postMoneySafe', holder: 'X', amountUsd: 1 }] }),
      'safe_without_terms',
      ['events', 0],
    )
  })
  it('throws for post-money safes buying 100 % or more', () => {
    const events: CapTableEvent[] = [
      { kind: 'postMoneySafe', holder: 'X', amountUsd: 600_000, valuationCapUsd: 1_000_000 },
      { kind: 'postMoneySafe', holder: 'Y', amountUsd: 400_000, valuationCapUsd: 1_000_000 },
    ]
    expectIssue(() => capTable({ holdings: founders, events }), 'safe_fractions_too_large', ['events', 1])
  })
  it('throws for a pool target plus new money of 100 % or more', () => {
    const events: CapTableEvent[] = [
      {
        kind: 'pricedRound',
        name: 'A',
        preMoneyValuationUsd: 1_000_000,
        investments: [{ holder: 'VC', amountUsd: 1_000_000 }],
        pool: { kind: 'targetPostPct', fraction: 0.5 },
      },
    ]
    expectIssue(() => capTable({ holdings: founders, events }), 'pool_and_new_money_too_large', [
      'events',
      0,
      'pool',
    ])
  })
  it('throws for negative money and a pool over 100 %', () => {
    const events: CapTableEvent[] = [
      {
        kind: 'pricedRound',
        name: 'A',
        preMoneyValuationUsd: 1_000_000,
        investments: [{ holder: 'VC', amountUsd: -5 }],
        pool: { kind: 'targetPostPct', fraction: 1.2 },
      },
    ]
    expectIssue(() => capTable({ holdings: founders, events }), 'negative_amount', [
      'events',
      0,
      'investments',
      0,
      'amountUsd',
    ])
    expectIssue(() => capTable({ holdings: founders, events }), 'fraction_out_of_range', [
      'events',
      0,
      'pool',
      'fraction',
    ])
  })
  it('throws for a round dated before founding', () => {
    const events: CapTableEvent[] = [
      { kind: 'pricedRound', name: 'A', date: '2019-01-01', preMoneyValuationUsd: 1, investments: [] },
    ]
    expectIssue(
      () => capTable({ foundedOn: '2020-01-01', holdings: founders, events }),
      'round_before_founding',
      ['events', 0, 'date'],
    )
  })
})
