/**
 * @module i18n/translate
 * Typed lookup in the catalogues, with English as the fallback, and locale-aware number formatting.
 */
import { type Catalogue, en } from './en.ts'
import { zhCN } from './zh-CN.ts'

/** The languages every user-facing text exists in. */
export const languages = ['en', 'zh-CN'] as const
export type Language = (typeof languages)[number]

const catalogues: Record<Language, Catalogue> = { en, 'zh-CN': zhCN }

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>
}[keyof T & string]

/** Every message key, e.g. `issue.expected`. */
export type MessageKey = Leaves<typeof en>

/** Accepts what people type on a command line or send in a header: `zh`, `zh-CN`, `zh_CN`, `en-US`. */
export function normalizeLanguage(value: string | undefined): Language {
  return value?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en'
}

function lookup(catalogue: Catalogue, key: string): string | undefined {
  let node: unknown = catalogue
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined
    node = (node as Record<string, unknown>)[part]
  }
  return typeof node === 'string' ? node : undefined
}

/**
 * The message for `key` in `language` with `{placeholders}` filled in.
 * @example
 * translate('zh-CN', 'issue.missing') //=> '必填项缺失'
 */
export function translate(
  language: Language,
  key: MessageKey,
  params: Readonly<Record<string, string | number | boolean | null | undefined>> = {},
): string {
  const template = lookup(catalogues[language], key) ?? lookup(en, key) ?? key
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name]
    return value === undefined || value === null ? whole : String(value)
  })
}

/** Whether `key` names a message (used for keys built from data, such as `expected.<kind>`). */
export function hasMessage(key: string): key is MessageKey {
  return lookup(en, key) !== undefined
}

/** The catalogue of a language, for views that list many messages. */
export function catalogue(language: Language): Catalogue {
  return catalogues[language]
}
