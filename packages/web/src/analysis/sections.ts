/**
 * @module analysis/sections
 * The sections of the analysis other engines are still adding (compliance, risks). The web app reads them
 * through these narrow, optional views so it renders whatever exists and never breaks on a missing one.
 */
import type { Analysis } from '@avp/core'

export interface ComplianceView {
  readonly products: ReadonlyArray<{
    readonly productId: string
    readonly productName: string
    readonly euTiers: readonly string[]
    readonly obligations: ReadonlyArray<{
      readonly id: string
      readonly jurisdiction: string
      readonly article: string
      readonly obligation: string
      readonly appliesFrom: string
      readonly status: string
      readonly ownDuty: boolean
    }>
  }>
}

export interface RiskView {
  readonly register: ReadonlyArray<{
    readonly id: string
    readonly title: string
    readonly inherent: { readonly likelihood: number; readonly impact: number; readonly band: string }
    readonly residual: { readonly likelihood: number; readonly impact: number; readonly band: string }
  }>
  readonly totals?: { readonly inherentExpectedLossUsd: number; readonly residualExpectedLossUsd: number }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

/**
 * The compliance section when the analysis has one with per-product figures, else null.
 * @example
 * complianceOf({} as never) //=> null
 */
export function complianceOf(analysis: Analysis): ComplianceView | null {
  const section: unknown = (analysis as unknown as Record<string, unknown>).compliance
  return isRecord(section) && Array.isArray(section.products) ? (section as unknown as ComplianceView) : null
}

/**
 * The risk section when the analysis has a scored register, else null.
 * @example
 * riskOf({} as never) //=> null
 */
export function riskOf(analysis: Analysis): RiskView | null {
  const section: unknown = (analysis as unknown as Record<string, unknown>).risks
  return isRecord(section) && Array.isArray(section.register) ? (section as unknown as RiskView) : null
}
