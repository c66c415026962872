/**
 * @module i18n/message
 * What engines say instead of sentences: a catalogue key and the values that fill it. Views turn a message
 * into words with `renderMessage`, which also formats each value by its name's unit suffix, so a figure in
 * a note reads exactly as the same figure in a table.
 */
import type { Formatter } from './format.ts'
import { hasMessage, translate } from './translate.ts'

/** A value a message interpolates. */
export type MessageParam = string | number | boolean | null

/** An engine's statement: `code` keys a catalogue sentence (`compute.note.kvCacheNotModelled`). */
export interface Message {
  readonly code: string
  readonly params?: Readonly<Record<string, MessageParam>>
}

/**
 * One parameter as text, chosen by the parameter's name: `…Usd` money, `…Share`/`…Ratio` a percentage of
 * a 0–1 ratio, `…Month` a month, `…Date`/`…On` a date, `…Region`/`…Market` a region by name, other
 * numbers grouped with at most two decimals. Strings that name a catalogue entry are left to the template.
 * @example
 * formatParam('costUsd', 2_100_000, createFormatter('en')) //=> '$2.1M'
 */
export function formatParam(name: string, value: MessageParam, format: Formatter): string {
  if (value === null) return '—'
  if (typeof value === 'boolean') return String(value)
  if (typeof value === 'number') {
    if (name.endsWith('Usd')) return format.money(value)
    if (name.endsWith('Share') || name.endsWith('Ratio')) return format.percent(value)
    return format.number(value, 2)
  }
  if (/Month$/.test(name) && /^\d{4}-\d{2}$/.test(value)) return format.month(value)
  if (/(Date|On)$/.test(name) && /^\d{4}-\d{2}-\d{2}$/.test(value)) return format.date(value)
  if (/(Region|Market)$/.test(name)) return format.region(value)
  return value
}

/**
 * A message in the reader's language with every value formatted by `format`. An unknown code renders as the
 * code itself (a missing catalogue entry shows up in tests rather than as silence).
 * @example
 * renderMessage({ code: 'issue.missing' }, createFormatter('zh-CN')) //=> '必填项缺失'
 */
export function renderMessage(message: Message, format: Formatter): string {
  const params: Record<string, string> = {}
  for (const [name, value] of Object.entries(message.params ?? {})) {
    params[name] = formatParam(name, value, format)
  }
  return hasMessage(message.code) ? translate(format.language, message.code, params) : message.code
}
