/**
 * @module strategy/market-sizing
 * TAM / SAM / SOM two ways (seed question 6). Top-down starts from a published total and narrows it by
 * filter shares; bottom-up counts customers and multiplies by what each pays. The two are compared at
 * the served-market (SAM) level, where both methods describe the same thing, and a gap larger than the
 * plan's `maxMethodGap` raises a warning: one of the inputs is probably wrong.
 */
import { formatPath, type Issue, type IssuePath, UserError } from '../errors.ts'
import type { Market } from '../plan/market.ts'

/** One multiplicative input of a sizing, with where it came from. */
export interface SizingInput {
  /** Stable key: `totalUsd`, `filters[0].share`, `customers`, … */
  readonly key: string
  readonly name: string
  readonly value: number
  /** The plan's `source`, or `assumption`. */
  readonly source: string
  /** Path of the value in the plan, for links and errors. */
  readonly path: IssuePath
}

export interface MethodSizing {
  readonly tamUsd: number
  readonly samUsd: number
  /** Null when no obtainable share is known for this method. */
  readonly somUsd: number | null
  readonly inputs: readonly SizingInput[]
}

/**
 * How SOM responds to each input: elasticity = (∂SOM/∂x)·(x/SOM), the % change of SOM for a 1 % change
 * of the input, and the dollar swing of a ±10 % change.
 */
export interface SomSensitivity {
  readonly method: 'topDown' | 'bottomUp'
  readonly key: string
  readonly name: string
  readonly elasticity: number
  readonly somSwingUsdPer10Pct: number
}

export interface MarketSizing {
  readonly topDown: MethodSizing | null
  readonly bottomUp: MethodSizing | null
  /** The SOM reports lead with: bottom-up when it exists (it counts real buyers), else top-down. */
  readonly somUsd: number | null
  readonly samUsd: number | null
  readonly tamUsd: number | null
  /** |top-down SAM − bottom-up SAM| / the larger; null unless both methods are given. */
  readonly samGapRatio: number | null
  readonly maxMethodGap: number
  readonly methodsDisagree: boolean
  readonly sensitivity: readonly SomSensitivity[]
  /** Inputs still marked "assumption": the ones to research first. */
  readonly unsourcedInputs: readonly string[]
}

const marketPath = ['market'] as const

function requireShare(value: number, path: IssuePath, issues: Issue[]): void {
  if (!Number.isFinite(value) || value < 0 || value > 1) {
    issues.push({
      code: 'expected',
      path,
      message: `expected a fraction from 0 to 1 (write 0.25 for 25 %), got ${value}`,
      params: { expected: 'ratio', received: String(value) },
    })
  }
}

function requireAmount(value: number, path: IssuePath, issues: Issue[]): void {
  if (!Number.isFinite(value) || value < 0) {
    issues.push({
      code: 'expected',
      path,
      message: `expected a number of zero or more, got ${value}`,
      params: { expected: 'nonNegativeNumber', received: String(value) },
    })
  }
}

const product = (values: readonly number[]) => values.reduce((total, value) => total * value, 1)

/**
 * Top-down sizing: TAM is the published total, SAM is TAM × every filter share, SOM is SAM × the
 * obtainable share (the top-down one, else bottom-up's).
 * @example
 * sizeTopDown({ totalUsd: 1e9, source: 'x', filters: [{ name: 'a', share: 0.5, source: 'y' }],
 *   obtainableShareSource: 'assumption' }, 0.1).somUsd //=> 50000000
 */
export function sizeTopDown(
  topDown: NonNullable<Market['topDown']>,
  fallbackObtainableShare: number | undefined,
): MethodSizing {
  const base = [...marketPath, 'topDown']
  const issues: Issue[] = []
  requireAmount(topDown.totalUsd, [...base, 'totalUsd'], issues)
  topDown.filters.forEach((filter, index) => {
    requireShare(filter.share, [...base, 'filters', index, 'share'], issues)
  })
  const obtainable = topDown.obtainableShare ?? fallbackObtainableShare
  if (topDown.obtainableShare !== undefined)
    requireShare(topDown.obtainableShare, [...base, 'obtainableShare'], issues)
  if (issues.length > 0) throw new UserError('invalid_market', 'the top-down sizing has bad inputs', issues)
  const inputs: SizingInput[] = [
    {
      key: 'totalUsd',
      name: 'TAM',
      value: topDown.totalUsd,
      source: topDown.source,
      path: [...base, 'totalUsd'],
    },
    ...topDown.filters.map((filter, index) => ({
      key: `filters[${index}].share`,
      name: filter.name,
      value: filter.share,
      source: filter.source,
      path: [...base, 'filters', index, 'share'],
    })),
  ]
  if (obtainable !== undefined) {
    const own = topDown.obtainableShare !== undefined
    inputs.push({
      key: 'obtainableShare',
      name: 'obtainable share',
      value: obtainable,
      source: own ? topDown.obtainableShareSource : 'bottomUp.obtainableShare',
      path: own ? [...base, 'obtainableShare'] : [...marketPath, 'bottomUp', 'obtainableShare'],
    })
  }
  const samUsd = topDown.totalUsd * product(topDown.filters.map((filter) => filter.share))
  return {
    tamUsd: topDown.totalUsd,
    samUsd,
    somUsd: obtainable === undefined ? null : samUsd * obtainable,
    inputs,
  }
}

/**
 * Bottom-up sizing: TAM = customers × annual contract value, SAM = TAM × reachable share,
 * SOM = SAM × obtainable share.
 * @example
 * sizeBottomUp({ customers: 1000, annualContractValueUsd: 5000, source: 'x', reachableShare: 0.4,
 *   reachableShareSource: 'a', obtainableShare: 0.1, obtainableShareSource: 'a' }).somUsd //=> 200000
 */
export function sizeBottomUp(bottomUp: NonNullable<Market['bottomUp']>): MethodSizing {
  const base = [...marketPath, 'bottomUp']
  const issues: Issue[] = []
  requireAmount(bottomUp.customers, [...base, 'customers'], issues)
  requireAmount(bottomUp.annualContractValueUsd, [...base, 'annualContractValueUsd'], issues)
  requireShare(bottomUp.reachableShare, [...base, 'reachableShare'], issues)
  requireShare(bottomUp.obtainableShare, [...base, 'obtainableShare'], issues)
  if (issues.length > 0) throw new UserError('invalid_market', 'the bottom-up sizing has bad inputs', issues)
  const tamUsd = bottomUp.customers * bottomUp.annualContractValueUsd
  const samUsd = tamUsd * bottomUp.reachableShare
  return {
    tamUsd,
    samUsd,
    somUsd: samUsd * bottomUp.obtainableShare,
    inputs: [
      {
        key: 'customers',
        name: 'customers',
        value: bottomUp.customers,
        source: bottomUp.source,
        path: [...base, 'customers'],
      },
      {
        key: 'annualContractValueUsd',
        name: 'annual contract value',
        value: bottomUp.annualContractValueUsd,
        source: bottomUp.source,
        path: [...base, 'annualContractValueUsd'],
      },
      {
        key: 'reachableShare',
        name: 'reachable share',
        value: bottomUp.reachableShare,
        source: bottomUp.reachableShareSource,
        path: [...base, 'reachableShare'],
      },
      {
        key: 'obtainableShare',
        name: 'obtainable share',
        value: bottomUp.obtainableShare,
        source: bottomUp.obtainableShareSource,
        path: [...base, 'obtainableShare'],
      },
    ],
  }
}

/**
 * Elasticity of a product of inputs, measured numerically (central difference of ±1 %) so that the
 * check "elasticities of a product of k factors sum to k" (Euler's theorem for a function homogeneous of
 * degree k) tests the arithmetic rather than restating it.
 */
function sensitivityOf(method: SomSensitivity['method'], sizing: MethodSizing): SomSensitivity[] {
  if (sizing.somUsd === null || sizing.somUsd === 0) return []
  const som = sizing.somUsd
  const values = sizing.inputs.map((input) => input.value)
  const step = 0.01
  return sizing.inputs.map((input, index) => {
    const at = (factor: number) =>
      product(values.map((value, other) => (other === index ? value * factor : value)))
    const elasticity = (at(1 + step) - at(1 - step)) / (2 * step * som)
    return {
      method,
      key: input.key,
      name: input.name,
      elasticity,
      somSwingUsdPer10Pct: (at(1.1) - at(0.9)) / 2,
    }
  })
}

/**
 * Sizes the market both ways, compares them and measures the SOM's sensitivity to every input.
 * @example
 * sizeMarket({ competitors: [], weights: {…}, maxMethodGap: 0.2,
 *   bottomUp: { customers: 1000, annualContractValueUsd: 5000, … obtainableShare: 0.1 } }).somUsd //=> 200000
 */
export function sizeMarket(market: Market): MarketSizing {
  requireShareOrThrow(market.maxMethodGap, [...marketPath, 'maxMethodGap'])
  const bottomUp = market.bottomUp === undefined ? null : sizeBottomUp(market.bottomUp)
  const topDown =
    market.topDown === undefined ? null : sizeTopDown(market.topDown, market.bottomUp?.obtainableShare)
  const lead = bottomUp ?? topDown
  const samGapRatio =
    topDown === null || bottomUp === null
      ? null
      : Math.max(topDown.samUsd, bottomUp.samUsd) === 0
        ? 0
        : Math.abs(topDown.samUsd - bottomUp.samUsd) / Math.max(topDown.samUsd, bottomUp.samUsd)
  const unsourced = [...(topDown?.inputs ?? []), ...(bottomUp?.inputs ?? [])]
    .filter((input) => input.source.toLowerCase().startsWith('assumption'))
    .map((input) => formatPath(input.path))
  return {
    topDown,
    bottomUp,
    tamUsd: lead?.tamUsd ?? null,
    samUsd: lead?.samUsd ?? null,
    somUsd: lead?.somUsd ?? null,
    samGapRatio,
    maxMethodGap: market.maxMethodGap,
    methodsDisagree: samGapRatio !== null && samGapRatio > market.maxMethodGap,
    sensitivity: [
      ...(bottomUp === null ? [] : sensitivityOf('bottomUp', bottomUp)),
      ...(topDown === null ? [] : sensitivityOf('topDown', topDown)),
    ],
    unsourcedInputs: [...new Set(unsourced)],
  }
}

function requireShareOrThrow(value: number, path: IssuePath): void {
  const issues: Issue[] = []
  requireShare(value, path, issues)
  if (issues.length > 0) throw new UserError('invalid_market', 'the market section has bad inputs', issues)
}
