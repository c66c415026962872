/**
 * @module app/report-export
 * The report as one HTML file, rendered in the browser by the same `renderReport` as the CLI. Loaded
 * only when a user exports, so the report code and its chart renderer stay out of the first page.
 */
import type { Analysis, VenturePlan } from '@avp/core'
import { renderReport } from '@avp/report'
import type { WebLanguage } from '../i18n/translate.ts'

export function reportHtml(plan: VenturePlan, analysis: Analysis, language: WebLanguage): string {
  return renderReport(plan, analysis, { format: 'html', language })
}
