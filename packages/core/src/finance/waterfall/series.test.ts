import { describe, expect, it } from 'vitest'
import { capTable } from '../captable/cap-table.ts'
import { waterfallClasses } from './from-cap-table.ts'
import { exitValueGrid, payoutSeries } from './series.ts'
import { waterfall } from './waterfall.ts'

describe('payoutSeries', () => {
  it('returns one payout line per holder over the exit grid, flat at the preference then rising', () => {
    const classes = waterfallClasses(
      capTable({
        holdings: [{ holder: 'Founders', kind: 'common', shares: 8_000_000 }],
        events: [
          {
            kind: 'pricedRound',
            name: 'Series A',
            preMoneyValuationUsd: 8_000_000,
            investments: [{ holder: 'VC', amountUsd: 2_000_000 }],
          },
        ],
      }).classes,
    )
    const chart = payoutSeries({ classes }, exitValueGrid(0, 20_000_000, 5))
    expect(chart.exitValuesUsd).toEqual([0, 5_000_000, 10_000_000, 15_000_000, 20_000_000])
    expect(chart.series).toEqual([
      { holder: 'Founders', payoutsUsd: [0, 3_000_000, 8_000_000, 12_000_000, 16_000_000] },
      { holder: 'VC', payoutsUsd: [0, 2_000_000, 2_000_000, 3_000_000, 4_000_000] },
    ])
  })
})

describe('waterfallClasses', () => {
  it('returns safe conversion shares as their own class at the safe price (YC guide Example 1 Q2, Safe Preferred)', () => {
    const table = capTable({
      holdings: [
        { holder: 'Founders', kind: 'common', shares: 9_000_000 },
        { holder: 'Pool', kind: 'unissuedPool', shares: 1_000_000 },
      ],
      events: [
        { kind: 'postMoneySafe', holder: 'Angel', amountUsd: 1_000_000, valuationCapUsd: 10_000_000 },
        {
          kind: 'pricedRound',
          name: 'Series A',
          preMoneyValuationUsd: 20_000_000,
          investments: [{ holder: 'VC', amountUsd: 5_000_000 }],
        },
      ],
    })
    const classes = waterfallClasses(table.classes)
    expect(
      classes.map((item) => [item.name, item.kind === 'preferred' ? item.issuePricePerShareUsd : null]),
    ).toEqual([
      ['Common', null],
      ['Series A (conversion)', '0.9000'],
      ['Series A', '1.8000'],
    ])
    // At a small exit the angel's preference is about its purchase amount (1,111,111 × $0.90), not its shares ×
    // the Series A price, so a pari passu $3M splits about 1 : 5 with the Series A's $5M.
    const result = waterfall({ classes, exitValueUsd: 3_000_000 })
    expect(result.holders.find((line) => line.holder === 'Angel')?.payout).toBeCloseTo(500_000, -1)
  })
})
