/**
 * @module risk/catalogue/catalogue
 * The whole starter catalogue and lookups into it in the reader's language.
 */
import type { Language } from '../../i18n/translate.ts'
import { generativeRisks } from './generative-risks.ts'
import type { CatalogueRisk, CatalogueText } from './types.ts'
import { ventureRisks } from './venture-risks.ts'

/** Every catalogue risk: the seed's venture risks first, then the generative-AI ones. */
export const catalogueRisks: readonly CatalogueRisk[] = [...ventureRisks, ...generativeRisks]

/**
 * The catalogue risk with this id, or undefined.
 * @example
 * catalogueRisk('key-person')?.category //=> 'talent'
 */
export function catalogueRisk(id: string): CatalogueRisk | undefined {
  return catalogueRisks.find((risk) => risk.id === id)
}

/**
 * A catalogue risk's words in `language`.
 * @example
 * catalogueText(catalogueRisk('funding-gap')!, 'zh-CN').title //=> '下一轮融资到位前现金耗尽'
 */
export function catalogueText(risk: CatalogueRisk, language: Language): CatalogueText {
  return risk.text[language]
}
