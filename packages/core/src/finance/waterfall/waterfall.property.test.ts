import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Participation, WaterfallClass } from './types.ts'
import { waterfall } from './waterfall.ts'

// Properties (issue 4, "Done when"): payouts never fall as the exit value rises, and the waterfall pays out
// exactly the exit value (costs and debt included), to the cent.
const participationArbitrary: fc.Arbitrary<Participation> = fc.oneof(
  fc.constant<Participation>('none'),
  fc.constant<Participation>('full'),
  fc.constantFrom(2, 3).map((capMultiple): Participation => ({ capMultiple })),
)
const preferredArbitrary = (index: number): fc.Arbitrary<WaterfallClass> =>
  fc
    .record({
      shares: fc.integer({ min: 100_000, max: 5_000_000 }),
      priceCents: fc.integer({ min: 10, max: 500 }),
      seniority: fc.integer({ min: 1, max: 3 }),
      multiple: fc.constantFrom(1, 1.5, 2),
      participation: participationArbitrary,
    })
    .map(({ shares, priceCents, seniority, multiple, participation }) => ({
      kind: 'preferred',
      name: `Series ${index}`,
      seniority,
      issuePricePerShareUsd: priceCents / 100,
      preferenceMultiple: multiple,
      participation,
      holders: [{ holder: `Investor ${index}`, shares }],
    }))
const classesArbitrary = fc
  .tuple(fc.integer({ min: 1_000_000, max: 10_000_000 }), fc.integer({ min: 1, max: 3 }))
  .chain(([commonShares, count]) =>
    fc
      .tuple(...Array.from({ length: count }, (_, index) => preferredArbitrary(index + 1)))
      .map((preferred) => [
        {
          kind: 'common',
          name: 'Common',
          holders: [{ holder: 'Founders', shares: commonShares }],
        } as WaterfallClass,
        ...preferred,
      ]),
  )

const cents = (text: string): bigint => BigInt(text.replace('.', ''))

describe('waterfall (property)', () => {
  it('returns payouts that add up to the exit value exactly, to the cent', () => {
    fc.assert(
      fc.property(
        classesArbitrary,
        fc.integer({ min: 0, max: 200_000_000 }),
        fc.integer({ min: 0, max: 2_000_000 }),
        (classes, exit, costs) => {
          const result = waterfall({
            classes,
            exitValueUsd: exit,
            transactionCostsUsd: costs,
            debtUsd: 1_000_000,
          })
          const paid = result.holders.reduce((total, line) => total + cents(line.payoutUsd), 0n)
          expect(paid + cents(result.transactionCostsPaidUsd) + cents(result.debtPaidUsd)).toBe(
            BigInt(exit) * 100n,
          )
        },
      ),
      { numRuns: 300 },
    )
  })

  it('returns no holder a smaller payout at a larger exit value', () => {
    fc.assert(
      fc.property(
        classesArbitrary,
        fc.integer({ min: 0, max: 150_000_000 }),
        fc.integer({ min: 1, max: 50_000_000 }),
        (classes, low, step) => {
          const before = waterfall({ classes, exitValueUsd: low, transactionCostsUsd: 250_000 })
          const after = waterfall({ classes, exitValueUsd: low + step, transactionCostsUsd: 250_000 })
          before.holders.forEach((line, index) => {
            expect(after.holders[index]?.payout ?? 0).toBeGreaterThanOrEqual(line.payout - 1e-6)
          })
        },
      ),
      { numRuns: 300 },
    )
  })
})
