/**
 * @module pages/tier-name
 * An EU AI Act tier code (`gpai`, `high-risk`, …) as readers of the language call it (the same names as
 * the reports); an unknown code is shown as it is. Kept in the web catalogue so the first page does not
 * load the core's.
 */
import { type WebKey, type WebLanguage, webText } from '../i18n/translate.ts'

const tiers = [
  'prohibited',
  'high-risk',
  'high-risk-sectoral',
  'gpai-systemic-risk',
  'gpai',
  'transparency',
  'minimal',
]

export function tierName(language: WebLanguage, tier: string): string {
  return tiers.includes(tier) ? webText(language, `compliance.tierNames.${tier}` as WebKey) : tier
}
