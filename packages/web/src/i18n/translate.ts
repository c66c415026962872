/**
 * @module i18n/translate
 * Typed lookup in the web catalogues with `{placeholder}` filling, and the remembered language choice.
 */
import { en, type WebCatalogue } from './en.ts'
import { zhCN } from './zh-CN.ts'

export const webLanguages = ['en', 'zh-CN'] as const
export type WebLanguage = (typeof webLanguages)[number]

const catalogues: Record<WebLanguage, WebCatalogue> = { en, 'zh-CN': zhCN }

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>
}[keyof T & string]

/** Every message key of the web app, e.g. `dashboard.runway`. */
export type WebKey = Leaves<typeof en>

export type Params = Readonly<Record<string, string | number>>

function lookup(catalogue: unknown, key: string): string | undefined {
  let node = catalogue
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined
    node = (node as Record<string, unknown>)[part]
  }
  return typeof node === 'string' ? node : undefined
}

/**
 * The message for `key` in `language`, placeholders filled.
 * @example
 * webText('zh-CN', 'dashboard.runwayMonths', { months: 14 }) //=> '14 个月'
 */
export function webText(language: WebLanguage, key: WebKey, params: Params = {}): string {
  const template = lookup(catalogues[language], key) ?? lookup(en, key) ?? key
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name]
    return value === undefined ? whole : String(value)
  })
}

/** Every key path of a catalogue (for the parity test). */
export function catalogueKeys(catalogue: unknown, prefix = ''): string[] {
  if (typeof catalogue !== 'object' || catalogue === null) return [prefix]
  return Object.entries(catalogue).flatMap(([key, value]) =>
    catalogueKeys(value, prefix === '' ? key : `${prefix}.${key}`),
  )
}

/** The catalogue of a language. */
export function webCatalogue(language: WebLanguage): WebCatalogue {
  return catalogues[language]
}

const storageKey = 'avp.language'

/** The remembered language, else the browser's, else English. */
export function initialLanguage(
  storage: Pick<Storage, 'getItem'> | null,
  browserLanguage: string,
): WebLanguage {
  const saved = storage?.getItem(storageKey)
  if (saved === 'en' || saved === 'zh-CN') return saved
  return browserLanguage.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en'
}

/** Remembers the choice for the next visit. */
export function rememberLanguage(storage: Pick<Storage, 'setItem'> | null, language: WebLanguage): void {
  storage?.setItem(storageKey, language)
}
