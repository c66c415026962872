/**
 * @module @avp/report
 * Reports of a venture: Markdown, and self-contained HTML with inline SVG charts, in English or Chinese.
 */
import type { Analysis, Language, VenturePlan } from '@avp/core'
import { buildReport } from './build-report.ts'
import { renderHtml } from './html.ts'
import { renderMarkdown } from './markdown.ts'

export type ReportFormat = 'markdown' | 'html'

/**
 * The report of a venture as text in the given format and language.
 * @example
 * renderReport(plan, analyze(plan), { format: 'html', language: 'zh-CN' }).startsWith('<!doctype html>') //=> true
 */
export function renderReport(
  plan: VenturePlan,
  analysis: Analysis,
  options: { readonly format: ReportFormat; readonly language: Language },
): string {
  const document = buildReport(plan, analysis, options.language)
  return options.format === 'html' ? renderHtml(document) : renderMarkdown(document)
}

export { buildReport } from './build-report.ts'
export { impactRatioChart, obligationTimelineChart } from './charts/compliance-charts.ts'
export { bandColour, bandLabel, heatMapSvg, heatMapText, type PlacedRisk } from './charts/heat-map.ts'
export { lossExceedanceChart, reportSimulation } from './charts/risk-charts.ts'
export type { Block, ReportDocument } from './document.ts'
export { formatDate, formatMoney, formatNumber } from './format.ts'
export { renderHtml } from './html.ts'
export { renderMarkdown } from './markdown.ts'
export { biasAuditBlocks, complianceSection, fineText } from './sections/compliance-section.ts'
export { guideBlocks, strategyBlocks } from './strategy-sections.ts'
