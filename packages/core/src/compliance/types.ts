/**
 * @module compliance/types
 * The shapes of the compliance engine: the facts it reads, the rules (plain data), and the result it
 * returns per product. Every rule names its instrument, article, bearer, date, penalty and source, so an
 * amendment or a new jurisdiction is a data change, not a code change.
 */

import type { AiSystem } from '../plan/ai-system.ts'

export type Jurisdiction = 'EU' | 'CN' | 'US-NY' | 'US-CO'

export type InstrumentId =
  | 'eu-ai-act'
  | 'gdpr'
  | 'eu-dsm-directive'
  | 'cn-pipl'
  | 'cn-genai-measures'
  | 'cn-deep-synthesis'
  | 'cn-labelling-measures'
  | 'cn-data-export-provisions'
  | 'nyc-ll144'
  | 'colorado-sb26-189'

/** Who carries an obligation (the EU AI Act's operators; other laws' terms mapped onto them). */
export type Bearer =
  | 'provider'
  | 'deployer'
  | 'provider-and-deployer'
  | 'controller'
  | 'processor'
  | 'employer'
  | 'developer'

/** EU AI Act tiers; a product may sit in several (a GPAI model that also has transparency duties). */
export type EuTier =
  | 'prohibited'
  | 'high-risk'
  | 'high-risk-sectoral'
  | 'transparency'
  | 'gpai'
  | 'gpai-systemic-risk'
  | 'minimal'

/** What an obligation is about; the crosswalk to NIST AI RMF and ISO/IEC 42001 is keyed by it. */
export type Topic =
  | 'scope'
  | 'prohibition'
  | 'literacy'
  | 'risk-management'
  | 'data-governance'
  | 'documentation'
  | 'logging'
  | 'transparency'
  | 'human-oversight'
  | 'robustness-security'
  | 'quality-management'
  | 'conformity'
  | 'registration'
  | 'post-market'
  | 'incident-reporting'
  | 'representative'
  | 'impact-assessment'
  | 'explanation'
  | 'fairness'
  | 'lawful-basis'
  | 'consent'
  | 'data-transfer'
  | 'labelling'
  | 'copyright'
  | 'content-safety'
  | 'filing'
  | 'record-keeping'
  | 'notification'
  | 'minors'
  | 'voluntary-code'

/**
 * The facts the rules read: the plan's `aiSystem` with defaults resolved, plus what is derived from the
 * rest of the plan (markets, establishment, training compute) and the classification step (Annex III
 * point, high-risk route).
 */
export interface ComplianceFacts {
  readonly productId: string
  readonly aiSystem: AiSystem
  readonly markets: readonly string[]
  /** Market code of the operator's establishment (`EU`, `EU-DE`, `CN`, `US`, …). */
  readonly establishment: string
  readonly inEu: boolean
  readonly establishedInEu: boolean
  readonly inChina: boolean
  readonly establishedInChina: boolean
  readonly inNewYorkCity: boolean
  readonly inColorado: boolean
  readonly isProvider: boolean
  readonly isDeployer: boolean
  readonly trainsModel: boolean
  /** Cumulative training compute of the product's general-purpose model, FLOPs; null when unknown. */
  readonly trainingComputeFlops: number | null
  /** Launch or first placing on the market, `YYYY-MM-DD`. */
  readonly placedOnMarketOn: string
  readonly publicFacing: boolean
  readonly interactsWithPeople: boolean
  readonly enterpriseSize: EnterpriseSize
  readonly derived: DerivedFacts
}

export type EnterpriseSize = 'sme' | 'small-mid-cap' | 'large'

/** Facts the classification step adds before the rules run. */
export interface DerivedFacts {
  /** Annex III points that match, e.g. `4(a)`. */
  readonly annexIIIPoints: readonly string[]
  /** Art. 6(3) lifts the Annex III classification (a listed condition met and no profiling). */
  readonly derogationApplies: boolean
  readonly annexISectionA: boolean
  readonly annexISectionB: boolean
  readonly highRisk: boolean
  readonly highRiskRoute: 'annex-iii' | 'annex-i' | 'none'
  readonly gpaiProvider: boolean
  readonly gpaiSystemicRisk: boolean
  readonly modifierIsProvider: boolean
  readonly placedBeforeGpaiDate: boolean
  readonly placedBeforeTransparencyDate: boolean
  readonly generatesSyntheticContent: boolean
  /** GDPR Art. 9 categories. */
  readonly sensitivePersonalData: boolean
  /** PIPL Art. 28 sensitive personal information (wider: financial accounts, location, under-14s). */
  readonly piplSensitive: boolean
  readonly transfersToAdequate: readonly string[]
  readonly transfersToNonAdequate: readonly string[]
  readonly exportsFromChina: boolean
  readonly chinaExportRoute: 'security-assessment' | 'standard-contract' | 'exempt' | 'none'
  readonly chinaGenerativeService: boolean
  readonly nycAedt: boolean
  readonly consequentialDecision: boolean
  /** Set by the engine after the tiers are known: in the EU with no other tier. */
  readonly euMinimal: boolean
  /** Set by the engine: a free and open-source system with no tier is outside the Act (Art. 2(12)). */
  readonly euOpenSourceExcluded: boolean
}

/** A condition over the facts, as data: every rule's `when`. */
export type Condition =
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] }
  | { readonly not: Condition }
  | { readonly fact: FactPath; readonly is: string | number | boolean }
  | { readonly fact: FactPath; readonly in: readonly (string | number)[] }
  | { readonly fact: FactPath; readonly includes: string }
  | { readonly fact: FactPath; readonly includesAny: readonly string[] }
  | { readonly fact: FactPath; readonly nonEmpty: true }
  | { readonly fact: FactPath; readonly above: number }
  | { readonly fact: FactPath; readonly atLeast: number }

/** A dotted path into `ComplianceFacts`, e.g. `aiSystem.profiling` or `derived.highRisk`. */
export type FactPath = string

export interface Penalty {
  readonly id: string
  readonly instrument: InstrumentId
  readonly article: string
  /** Fixed cap in `currency`; null where the law sets no fixed amount. */
  readonly fixedAmount: number | null
  readonly currency: 'EUR' | 'CNY' | 'USD'
  /** Share of worldwide annual turnover, percent; null where none. */
  readonly turnoverPercent: number | null
  /** Which of the two caps applies to a large company. */
  readonly whicheverIs: 'higher' | 'lower' | 'only'
  /** Paragraph giving SMEs (and small mid-caps where listed) the lower of the two. */
  readonly lowerCapFor?: readonly EnterpriseSize[]
  readonly text: string
  readonly appliesFrom: string
}

export interface Rule {
  /** Stable id, also what `completedObligations` lists. */
  readonly id: string
  readonly jurisdiction: Jurisdiction
  readonly instrument: InstrumentId
  readonly article: string
  readonly when: Condition
  /** The duty in our own words. */
  readonly obligation: string
  /** The duty in Chinese, where not in `rules/obligations-zh.ts`. */
  readonly obligationZh?: string
  readonly bearer: Bearer
  /** `YYYY-MM-DD` the duty applies from; `transitional` may move it for some products. */
  readonly appliesFrom: string
  readonly transitional?: { readonly when: Condition; readonly appliesFrom: string; readonly note: string }
  /** Days after `appliesFrom` (or the launch) a to-do falls due, for duties with their own deadline. */
  readonly dueWithinDays?: number
  readonly penalty: string
  readonly topic: Topic
  /** The EU AI Act tier this rule's firing establishes, if any. */
  readonly tier?: EuTier
  readonly tags?: readonly ('explainability' | 'ip')[]
  /** Evaluated once the EU tiers are known (its condition reads `derived.euMinimal` and the like). */
  readonly afterTiers?: boolean
  readonly source: string
}

/** One obligation that applies to a product, as of the evaluation date. */
export interface Obligation {
  readonly id: string
  readonly jurisdiction: Jurisdiction
  readonly instrument: InstrumentId
  readonly article: string
  readonly obligation: string
  /** The same duty in Chinese. */
  readonly obligationZh: string
  readonly bearer: Bearer
  /** Whether the venture itself carries it (given its role), or its customers / suppliers do. */
  readonly ownDuty: boolean
  readonly appliesFrom: string
  readonly status: 'in-force' | 'upcoming'
  readonly transitionalNote: string | null
  readonly topic: Topic
  readonly tags: readonly ('explainability' | 'ip')[]
  readonly maxFine: FineExposure
  readonly crosswalk: { readonly nistAiRmf: readonly string[]; readonly iso42001: readonly string[] }
  readonly source: string
}

export interface FineExposure {
  readonly penaltyId: string
  readonly article: string
  readonly fixedAmount: number | null
  readonly currency: 'EUR' | 'CNY' | 'USD'
  readonly turnoverPercent: number | null
  /** After the SME / small mid-cap rule. */
  readonly whicheverIs: 'higher' | 'lower' | 'only'
  readonly text: string
}

export interface TodoItem {
  readonly obligationId: string
  readonly title: string
  readonly titleZh: string
  readonly article: string
  readonly bearer: Bearer
  readonly dueOn: string
  readonly overdue: boolean
  readonly daysLeft: number
}

export interface ComplianceWarning {
  readonly code: 'contradictory_facts' | 'assumed_fact'
  readonly paths: readonly (readonly (string | number)[])[]
  readonly message: string
  readonly messageZh: string
}

export interface ProductCompliance {
  readonly productId: string
  readonly productName: string
  readonly asOf: string
  readonly euTiers: readonly EuTier[]
  readonly annexIIIPoints: readonly string[]
  readonly conformityAssessment: string | null
  readonly obligations: readonly Obligation[]
  readonly todo: readonly TodoItem[]
  readonly explainability: readonly Obligation[]
  readonly intellectualProperty: readonly Obligation[]
  readonly timeline: ReadonlyArray<{ readonly date: string; readonly obligationIds: readonly string[] }>
  readonly warnings: readonly ComplianceWarning[]
  readonly facts: {
    readonly markets: readonly string[]
    readonly establishment: string
    readonly enterpriseSize: EnterpriseSize
    readonly trainingComputeFlops: number | null
  }
}
