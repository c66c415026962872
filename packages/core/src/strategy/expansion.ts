/**
 * @module strategy/expansion
 * International expansion (seed question 20): for every market served, the regimes that usually apply,
 * the cross-border data transfers the plan implies, and the localisation work each market needs.
 *
 * Data is taken to be processed where the product's serving model runs (its grid region), else in the
 * home market; personal data of people in market A processed in market B is a transfer A → B, governed
 * by A's export rule (GDPR chapter V, PIPL chapter III, UK GDPR chapter V).
 */
import type { VenturePlan } from '../plan/venture-plan.ts'
import { coversMarket, type Regime, regimes } from './regimes.ts'

export interface MarketRules {
  readonly market: string
  readonly products: readonly string[]
  readonly regimes: ReadonlyArray<Pick<Regime, 'id' | 'name' | 'nameZh' | 'source'>>
  /** Localisation items: message keys under `strategy.localisation`. */
  readonly localisation: readonly string[]
}

export interface DataTransfer {
  readonly from: string
  readonly to: string
  readonly products: readonly string[]
  /** Message key under `strategy.transferRules` naming the export rule and its usual mechanism. */
  readonly rule: 'gdpr-chapter-v' | 'pipl-outbound' | 'uk-gdpr-chapter-v' | 'local-rule'
  readonly source: string
}

export interface Expansion {
  readonly markets: readonly MarketRules[]
  readonly transfers: readonly DataTransfer[]
}

/** The jurisdiction a market code belongs to for transfer purposes (`EU-DE` → `EU`, `US-CA` → `US`). */
export function jurisdictionOf(market: string): string {
  return market.split('-')[0]!
}

// Grid regions of the compute catalogue mapped to the jurisdiction the data centre sits in.
const regionJurisdiction: Readonly<Record<string, string>> = {
  us: 'US',
  cn: 'CN',
  eu: 'EU',
  de: 'EU',
  fr: 'EU',
  ie: 'EU',
  se: 'EU',
  gb: 'GB',
  no: 'NO',
  in: 'IN',
  jp: 'JP',
  sg: 'SG',
  'llama-paper-us': 'US',
  'meta-llama-3.1': 'US',
}

const transferRules: Record<string, { rule: DataTransfer['rule']; source: string }> = {
  EU: {
    rule: 'gdpr-chapter-v',
    source:
      'GDPR arts. 44–49: adequacy decision (art. 45) or safeguards such as standard contractual clauses (art. 46(2)(c), Commission Decision 2021/914)',
  },
  CN: {
    rule: 'pipl-outbound',
    source:
      'PIPL arts. 38–40; CAC Measures for Security Assessment of Outbound Data Transfers (2022); CAC Provisions on Promoting and Regulating Cross-Border Data Flows (22 Mar 2024)',
  },
  GB: {
    rule: 'uk-gdpr-chapter-v',
    source: 'UK GDPR arts. 44–49; ICO International Data Transfer Agreement (in force 21 Mar 2022)',
  },
}

function processingJurisdiction(plan: VenturePlan, servingModel: string | undefined): string {
  const model = plan.models.find((candidate) => candidate.id === servingModel)
  const region = model?.serving?.region
  return (
    (region === undefined ? undefined : regionJurisdiction[region]) ?? jurisdictionOf(plan.company.homeMarket)
  )
}

/**
 * Rules, transfers and localisation for every market the plan serves.
 * @example
 * analyzeExpansion(plan).transfers[0] //=> { from: 'EU', to: 'CN', rule: 'gdpr-chapter-v', … }
 */
export function analyzeExpansion(plan: VenturePlan): Expansion {
  const home = jurisdictionOf(plan.company.homeMarket)
  const offered = plan.products.map((product) => ({
    product,
    markets: product.markets ?? plan.company.marketsServed,
  }))
  const allMarkets = [...new Set([...plan.company.marketsServed, ...offered.flatMap((item) => item.markets)])]
  const markets = allMarkets.map((market): MarketRules => {
    const here = offered.filter((item) => item.markets.includes(market)).map((item) => item.product)
    const personal = here.some((product) => product.aiSystem.personalData.processed)
    const generative = here.some((product) => product.aiSystem.syntheticContent.length > 0)
    const employment = here.some(
      (product) =>
        product.aiSystem.sector === 'employment' && product.aiSystem.decisionsAboutPeople !== 'none',
    )
    const consequential = here.some((product) => product.aiSystem.decisionsAboutPeople !== 'none')
    const applies = (regime: Regime) =>
      regime.markets.some((regimeMarket) => coversMarket(regimeMarket, market)) &&
      (regime.trigger === 'offer' ||
        (regime.trigger === 'personal-data' && personal) ||
        (regime.trigger === 'generative' && generative) ||
        (regime.trigger === 'employment-decisions' && employment) ||
        (regime.trigger === 'consequential-decisions' && consequential))
    const jurisdiction = jurisdictionOf(market)
    const localisation = ['language', 'currency']
    if (jurisdiction === 'EU') {
      if (home !== 'EU' && personal) localisation.push('euGdprRepresentative')
      if (
        home !== 'EU' &&
        here.some((product) => product.aiSystem.generalPurposeModel || product.aiSystem.sector !== 'general')
      )
        localisation.push('euAiRepresentative')
      if (generative) localisation.push('euTransparencyLabels')
    }
    if (jurisdiction === 'CN') {
      localisation.push('cnIcp')
      if (generative || here.some((product) => product.scenario === 'recommendation'))
        localisation.push('cnAlgorithmFiling')
      if (generative) localisation.push('cnContentLabelling')
    }
    if (jurisdiction === 'US' && personal) localisation.push('usPrivacyNotice')
    if (here.some((product) => product.aiSystem.productSafetyRegimes.length > 0))
      localisation.push('productCertification')
    return {
      market,
      products: here.map((product) => product.id),
      regimes: regimes.filter(applies).map(({ id, name, nameZh, source }) => ({ id, name, nameZh, source })),
      localisation,
    }
  })
  const transfers = new Map<string, DataTransfer>()
  for (const { product, markets: productMarkets } of offered) {
    if (!product.aiSystem.personalData.processed) continue
    const to = processingJurisdiction(plan, product.servingModel)
    for (const market of productMarkets) {
      const from = jurisdictionOf(market)
      if (from === to) continue
      const key = `${from}>${to}`
      const rule = transferRules[from] ?? {
        rule: 'local-rule' as const,
        source: 'the data-export rule of the market the data comes from',
      }
      const existing = transfers.get(key)
      transfers.set(key, {
        from,
        to,
        products: [...(existing?.products ?? []), product.id],
        rule: rule.rule,
        source: rule.source,
      })
    }
  }
  return { markets, transfers: [...transfers.values()] }
}
