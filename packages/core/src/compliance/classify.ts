/**
 * @module compliance/classify
 * The classification step: from the product's facts to the derived facts the rules read (Annex III
 * points, the Art. 6(3) derogation, the Annex I route, GPAI status and the 10^25 FLOP presumption,
 * transfers, China's export route by volume, NYC and Colorado scope).
 */
import type { AiSystem } from '../plan/ai-system.ts'
import type { ComplianceFacts, DerivedFacts } from './types.ts'

type UseCase = AiSystem['useCases'][number]

/** Use cases that fall under one Annex III point. */
const annexIIIByUseCase: ReadonlyArray<readonly [UseCase, string]> = [
  ['critical-infrastructure-safety', '2'],
  ['education-admission', '3(a)'],
  ['education-assessment', '3(b)'],
  ['education-level-assignment', '3(c)'],
  ['exam-proctoring', '3(d)'],
  ['job-ad-targeting', '4(a)'],
  ['candidate-screening', '4(a)'],
  ['worker-management', '4(b)'],
  ['public-benefits-eligibility', '5(a)'],
  ['credit-scoring', '5(b)'],
  ['life-health-insurance-pricing', '5(c)'],
  ['emergency-call-triage', '5(d)'],
  ['law-enforcement-evidence', '6(c)'],
  ['law-enforcement-risk-assessment', '6(d)'],
  ['migration-risk-assessment', '7(b)'],
  ['asylum-visa-examination', '7(c)'],
  ['border-identification', '7(d)'],
  ['judicial-assistance', '8(a)'],
  ['election-influence', '8(b)'],
]

/** The GDPR Art. 9 special categories (criminal records are Art. 10; accounts and location are not). */
const gdprArticle9 = new Set([
  'health',
  'biometric',
  'genetic',
  'racial-or-ethnic-origin',
  'political-opinions',
  'religious-beliefs',
  'trade-union',
  'sex-life',
])

const annexISectionA = new Set([
  'medical-device',
  'in-vitro-diagnostic',
  'machinery',
  'toy',
  'radio-equipment',
])
const annexISectionB = new Set(['vehicle', 'aviation'])

/**
 * Countries with an EU adequacy decision (Art. 45) as of 2026-11-28; `US` only for organisations certified
 * under the EU-US Data Privacy Framework. China has none.
 */
export const euAdequateCountries: ReadonlySet<string> = new Set([
  'AD',
  'AR',
  'CA',
  'CH',
  'FO',
  'GB',
  'GG',
  'IL',
  'IM',
  'JE',
  'JP',
  'KR',
  'NZ',
  'US',
  'UY',
])
const eea = new Set(['NO', 'IS', 'LI'])

/** Sectors and use cases Colorado SB 26-189 counts as consequential decisions. */
const consequentialSectors = new Set([
  'employment',
  'education',
  'finance',
  'insurance',
  'health',
  'public-services',
])
const consequentialUseCases: readonly UseCase[] = [
  'candidate-screening',
  'worker-management',
  'education-admission',
  'education-assessment',
  'credit-scoring',
  'life-health-insurance-pricing',
  'motor-insurance-pricing',
  'public-benefits-eligibility',
  'housing-decisions',
  'healthcare-access',
  'legal-services',
]

const country = (market: string) => (market.startsWith('US-') ? 'US' : market)
const isEu = (market: string) => market === 'EU' || market.startsWith('EU-') || eea.has(market)

/** Whether Art. 5(1)(f) bans the emotion recognition (workplace or education, no medical/safety reason). */
export function emotionRecognitionBanned(ai: AiSystem): boolean {
  return (
    ai.biometrics.emotionRecognition &&
    ai.affectedGroups.some((group) => group === 'employees' || group === 'students') &&
    !ai.biometrics.medicalOrSafetyPurpose
  )
}

/** The Annex III points a product meets, before the Art. 6(3) derogation. */
export function annexIIIPointsOf(ai: AiSystem): string[] {
  const points = new Set<string>()
  const { biometrics } = ai
  if (biometrics.identification === 'remote-post' || biometrics.identification === 'remote-real-time')
    points.add('1(a)')
  if (biometrics.categorisation && !biometrics.sensitiveAttributes) points.add('1(b)')
  if (biometrics.emotionRecognition && !emotionRecognitionBanned(ai)) points.add('1(c)')
  for (const [useCase, point] of annexIIIByUseCase) if (ai.useCases.includes(useCase)) points.add(point)
  if (ai.useCases.includes('lie-detection')) points.add(ai.sector === 'migration' ? '7(a)' : '6(b)')
  return [...points].sort()
}

type Base = Omit<ComplianceFacts, 'derived'>

/** China's export route by yearly volume (Provisions on Cross-Border Data Flows, 2024, Arts 5, 7, 8). */
function chinaExportRoute(
  exports: boolean,
  people: number,
  sensitive: boolean,
): DerivedFacts['chinaExportRoute'] {
  if (!exports) return 'none'
  if (people > 1_000_000 || (sensitive && people > 10_000)) return 'security-assessment'
  if (people >= 100_000 || sensitive) return 'standard-contract'
  return 'exempt'
}

/**
 * The derived facts of a product.
 * @example
 * deriveFacts(facts).annexIIIPoints //=> ['4(a)'] for a CV-screening tool
 */
export function deriveFacts(facts: Base): DerivedFacts {
  const ai = facts.aiSystem
  const points = annexIIIPointsOf(ai)
  const derogationApplies = points.length > 0 && ai.highRiskDerogation !== 'none' && !ai.profiling
  const sectionA =
    ai.productSafetyRegimes.some((regime) => annexISectionA.has(regime)) && ai.productThirdPartyAssessment
  const sectionB = ai.productSafetyRegimes.some((regime) => annexISectionB.has(regime))
  const annexIII = points.length > 0 && !derogationApplies
  const highRisk = annexIII || sectionA
  const modifierIsProvider = ai.modification !== undefined && ai.modification.computeShare * 3 > 1
  const gpaiProvider = (ai.generalPurposeModel && facts.isProvider && facts.trainsModel) || modifierIsProvider
  const gpaiSystemicRisk =
    gpaiProvider &&
    ((facts.trainingComputeFlops ?? 0) > 1e25 ||
      (modifierIsProvider && ai.modification?.baseModelSystemicRisk === true))
  const people = ai.personalData.peopleCount
  const piplSensitive = ai.personalData.specialCategories.length > 0 || ai.personalData.minors
  const destinations = [...new Set([...ai.personalDataLocations, facts.establishment].map(country))]
  const outsideEu = destinations.filter((market) => !isEu(market))
  const exportsFromChina =
    facts.inChina && ai.personalData.processed && destinations.some((market) => market !== 'CN')
  const decides = ai.decisionsAboutPeople !== 'none'
  return {
    annexIIIPoints: points,
    derogationApplies,
    annexISectionA: sectionA,
    annexISectionB: sectionB,
    highRisk,
    highRiskRoute: annexIII ? 'annex-iii' : sectionA ? 'annex-i' : 'none',
    gpaiProvider,
    gpaiSystemicRisk,
    modifierIsProvider,
    placedBeforeGpaiDate: facts.placedOnMarketOn < '2025-08-02',
    placedBeforeTransparencyDate: facts.placedOnMarketOn < '2026-08-02',
    generatesSyntheticContent: ai.syntheticContent.length > 0,
    sensitivePersonalData: ai.personalData.specialCategories.some((category) => gdprArticle9.has(category)),
    piplSensitive,
    transfersToAdequate: outsideEu.filter((market) => euAdequateCountries.has(market)),
    transfersToNonAdequate: outsideEu.filter((market) => !euAdequateCountries.has(market)),
    exportsFromChina,
    chinaExportRoute: chinaExportRoute(exportsFromChina, people, piplSensitive),
    chinaGenerativeService: facts.inChina && ai.syntheticContent.length > 0 && facts.publicFacing,
    nycAedt:
      facts.inNewYorkCity &&
      decides &&
      ai.useCases.some((useCase) => useCase === 'candidate-screening' || useCase === 'worker-management'),
    consequentialDecision:
      facts.inColorado &&
      decides &&
      (consequentialSectors.has(ai.sector) ||
        ai.useCases.some((useCase) => consequentialUseCases.includes(useCase))),
    euMinimal: false,
    euOpenSourceExcluded: false,
  }
}
