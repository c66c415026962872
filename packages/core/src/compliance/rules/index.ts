/**
 * @module compliance/rules
 * Every rule the engine evaluates, in one list. Adding a jurisdiction or an amendment is adding records
 * here (and a penalty or source if new).
 */
import type { Rule } from '../types.ts'
import { chinaRules } from './china.ts'
import { euAiActGeneralRules } from './eu-ai-act.ts'
import { euAiActGpaiRules } from './eu-ai-act-gpai.ts'
import { euAiActHighRiskRules } from './eu-ai-act-high-risk.ts'
import { gdprRules } from './gdpr.ts'
import { usRules } from './us.ts'

export { annexIIIPoints } from './eu-ai-act-high-risk.ts'
export { annexIIITitlesZh, obligationsZh } from './obligations-zh.ts'
export { penalties } from './penalties.ts'
export { type LegalSource, type LegalSourceId, legalSources } from './sources.ts'

export const complianceRules: readonly Rule[] = [
  ...euAiActGeneralRules,
  ...euAiActHighRiskRules,
  ...euAiActGpaiRules,
  ...gdprRules,
  ...chinaRules,
  ...usRules,
]
