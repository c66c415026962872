/**
 * @module risk/catalogue/types
 * The shape of a starter-catalogue risk: written by this project in English and Chinese, with the
 * published taxonomies it corresponds to named by their ids, so a reader can look the source up.
 */
import type { riskCategories } from '../../plan/risk.ts'

export type RiskCategory = (typeof riskCategories)[number]

/** The words of one catalogue risk in one language. */
export interface CatalogueText {
  readonly title: string
  /** Cause → event → consequence, in one or two sentences. */
  readonly description: string
  readonly controls: readonly string[]
  readonly contingencyPlan: readonly string[]
}

export interface CatalogueRisk {
  /** Stable id; a register risk names it in `catalogueId` to say it answers this one. */
  readonly id: string
  readonly category: RiskCategory
  /** A typical starting point on the default 5 × 5 matrix for a seed-stage AI start-up; adjust to the venture. */
  readonly likelihood: number
  readonly impact: number
  /**
   * Where the risk comes from: the seed questions, NIST AI 600-1 (July 2024) §2.x risk names, and the
   * MIT AI Risk Repository's domain taxonomy (Slattery et al. 2024, domains 1–7 with subdomains).
   */
  readonly sources: readonly string[]
  readonly text: { readonly en: CatalogueText; readonly 'zh-CN': CatalogueText }
}
