/**
 * @module format/holder-name
 * The cap table's generated holder names (core writes them in English: `Option holders`, `Promised
 * options`, `Unissued pool`, `<round> investors`) in the reader's language; names from the plan pass
 * through unchanged.
 */
import type { Params, WebKey } from '../i18n/translate.ts'

const fixed: Readonly<Record<string, WebKey>> = {
  'Option holders': 'finance.holderNames.optionHolders',
  'Promised options': 'finance.holderNames.promisedOptions',
  'Unissued pool': 'finance.holderNames.unissuedPool',
}

/**
 * @example
 * holderName((key, params) => `${key}:${params?.round ?? ''}`, 'Series B investors') //=> 'finance.holderNames.roundInvestors:Series B'
 */
export function holderName(t: (key: WebKey, params?: Params) => string, name: string): string {
  const key = fixed[name]
  if (key) return t(key)
  const round = /^(.+) investors$/.exec(name)?.[1]
  return round === undefined ? name : t('finance.holderNames.roundInvestors', { round })
}
