import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { UserError } from '../errors.ts'
import type { Market } from '../plan/market.ts'
import { sizeBottomUp, sizeMarket, sizeTopDown } from './market-sizing.ts'

const weights = { technology: 1, data: 1, talent: 1, businessModel: 1, ecosystem: 1 }

// The llm-api-cn-eu example's sizing, worked by hand.
const market: Market = {
  topDown: {
    totalUsd: 12e9,
    source: 'assumption',
    filters: [
      { name: 'languages', share: 0.45, source: 'assumption' },
      { name: 'SMEs', share: 0.3, source: 'survey 2026' },
    ],
    obtainableShareSource: 'assumption',
  },
  bottomUp: {
    customers: 60_000,
    annualContractValueUsd: 9_000,
    source: 'CRM export',
    reachableShare: 0.4,
    reachableShareSource: 'assumption',
    obtainableShare: 0.05,
    obtainableShareSource: 'assumption',
  },
  competitors: [],
  weights,
  maxMethodGap: 0.2,
}

describe('sizeBottomUp', () => {
  it('returns TAM = customers × ACV, SAM = × reachable, SOM = × obtainable (hand-worked)', () => {
    // 60,000 × $9,000 = $540M; × 0.4 = $216M; × 0.05 = $10.8M.
    const sizing = sizeBottomUp(market.bottomUp!)
    expect(sizing.tamUsd).toBe(540e6)
    expect(sizing.samUsd).toBe(216e6)
    expect(sizing.somUsd).toBeCloseTo(10.8e6, 6)
  })

  it('returns zero for zero customers', () => {
    expect(sizeBottomUp({ ...market.bottomUp!, customers: 0 }).somUsd).toBe(0)
  })
})

describe('sizeTopDown', () => {
  it('returns SAM = total × every filter share and SOM with the bottom-up obtainable share (hand-worked)', () => {
    // $12B × 0.45 × 0.3 = $1.62B; × 0.05 = $81M.
    const sizing = sizeTopDown(market.topDown!, 0.05)
    expect(sizing.samUsd).toBeCloseTo(1.62e9, 3)
    expect(sizing.somUsd).toBeCloseTo(81e6, 3)
    expect(sizing.inputs.at(-1)).toMatchObject({ source: 'bottomUp.obtainableShare' })
  })

  it('returns no SOM when no obtainable share is known', () => {
    expect(sizeTopDown(market.topDown!, undefined).somUsd).toBeNull()
  })

  it('throws a UserError with the path of a filter share above 100 %', () => {
    const bad = { ...market.topDown!, filters: [{ name: 'x', share: 1.2, source: 'assumption' }] }
    try {
      sizeTopDown(bad, 0.05)
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(UserError)
      expect((error as UserError).issues[0]).toMatchObject({
        code: 'expected',
        path: ['market', 'topDown', 'filters', 0, 'share'],
        params: { expected: 'ratio', received: '1.2' },
      })
    }
  })
})

describe('sizeMarket', () => {
  it('leads with bottom-up and warns when the methods differ by more than 20 % (hand-worked)', () => {
    const sizing = sizeMarket(market)
    expect(sizing.somUsd).toBeCloseTo(10.8e6, 6)
    // |1.62B − 216M| / 1.62B = 0.8667
    expect(sizing.samGapRatio).toBeCloseTo(1.404e9 / 1.62e9, 12)
    expect(sizing.methodsDisagree).toBe(true)
  })

  it('returns no warning when the gap is within the configured limit', () => {
    // Top-down SAM $250M vs bottom-up $216M: gap 34/250 = 13.6 % < 20 %.
    const close: Market = { ...market, topDown: { ...market.topDown!, totalUsd: 250e6, filters: [] } }
    expect(sizeMarket(close).samGapRatio).toBeCloseTo(0.136, 12)
    expect(sizeMarket(close).methodsDisagree).toBe(false)
    expect(sizeMarket({ ...close, maxMethodGap: 0.1 }).methodsDisagree).toBe(true)
  })

  it('returns the inputs still marked as assumptions, by path', () => {
    expect(sizeMarket(market).unsourcedInputs).toEqual([
      'market.topDown.totalUsd',
      'market.topDown.filters[0].share',
      'market.bottomUp.reachableShare',
      'market.bottomUp.obtainableShare',
    ])
  })

  it('returns nulls for an unsized market', () => {
    const sizing = sizeMarket({ competitors: [], weights, maxMethodGap: 0.2 })
    expect(sizing).toMatchObject({ somUsd: null, samGapRatio: null, methodsDisagree: false, sensitivity: [] })
  })

  it('returns elasticities that sum to the number of inputs (SOM is a product, homogeneous of degree k)', () => {
    const sizing = sizeMarket(market)
    const sum = (method: string) =>
      sizing.sensitivity
        .filter((item) => item.method === method)
        .reduce((total, item) => total + item.elasticity, 0)
    expect(sum('bottomUp')).toBeCloseTo(4, 9)
    expect(sum('topDown')).toBeCloseTo(4, 9) // total, two filters, obtainable share
    // ±10 % of any input of a product moves SOM by ±10 %: $1.08M on $10.8M.
    expect(sizing.sensitivity[0]!.somSwingUsdPer10Pct).toBeCloseTo(1.08e6, 3)
  })

  it('returns elasticities summing to k for any positive inputs (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.double({ min: 1, max: 1e6, noNaN: true }),
        fc.double({ min: 0.001, max: 1, noNaN: true }),
        fc.double({ min: 0.001, max: 1, noNaN: true }),
        (customers, annualContractValueUsd, reachableShare, obtainableShare) => {
          const sizing = sizeMarket({
            ...market,
            topDown: undefined,
            bottomUp: {
              ...market.bottomUp!,
              customers,
              annualContractValueUsd,
              reachableShare,
              obtainableShare,
            },
          } as Market)
          const total = sizing.sensitivity.reduce((sum, item) => sum + item.elasticity, 0)
          expect(total).toBeCloseTo(4, 6)
        },
      ),
      { numRuns: 200 },
    )
  })

  it('throws with the path of a bad obtainable share', () => {
    const bad = { ...market, bottomUp: { ...market.bottomUp!, obtainableShare: -0.1 } }
    expect(() => sizeMarket(bad)).toThrow(UserError)
  })
})
