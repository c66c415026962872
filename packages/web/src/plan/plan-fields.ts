/**
 * @module plan/plan-fields
 * The form view of a plan: the simple fields (numbers, text, true/false) of one section, read from the
 * YAML text, and an edit that replaces exactly one value's characters so comments, layout and every other
 * line stay as the user wrote them.
 */
import { isMap, isScalar, isSeq, parseDocument } from 'yaml'

export type FieldPath = readonly (string | number)[]

export interface PlanField {
  readonly path: FieldPath
  readonly value: string | number | boolean
  /** Where the value's characters are in the text it was read from: `[start, end)`. */
  readonly range: readonly [number, number]
}

/** The plan's top-level sections the forms offer. */
export const formSections = ['company', 'products', 'models', 'team', 'funding', 'finance', 'market'] as const
export type FormSection = (typeof formSections)[number]

/**
 * `models[0].training.gpus` from `['models', 0, 'training', 'gpus']`.
 * @example
 * fieldLabel(['models', 0, 'training', 'gpus']) //=> 'models[0].training.gpus'
 */
export function fieldLabel(path: FieldPath): string {
  return path
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? part : `.${part}`))
    .join('')
}

/**
 * The scalar fields of a section in document order (at most `limit`); none when the text does not parse.
 * @example
 * sectionFields('company:\n  name: Acme\n', 'company')[0].value //=> 'Acme'
 */
export function sectionFields(text: string, section: FormSection, limit = 120): PlanField[] {
  const document = parseDocument(text)
  if (document.errors.length > 0) return []
  const fields: PlanField[] = []
  const visit = (node: unknown, path: FieldPath) => {
    if (fields.length >= limit) return
    if (isScalar(node)) {
      const { value, range } = node
      if ((typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') && range) {
        fields.push({ path, value, range: [range[0], range[1]] })
      }
    } else if (isSeq(node)) {
      for (const [index, item] of node.items.entries()) visit(item, [...path, index])
    } else if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? pair.key.value : pair.key
        if (typeof key === 'string') visit(pair.value, [...path, key])
      }
    }
  }
  visit(document.get(section, true), [section])
  return fields
}

/**
 * The text with one field's value replaced, by the range `sectionFields` read it at (no parsing, so a
 * keystroke in a form costs a string splice).
 * @example
 * replaceField('a: 1\n', { path: ['a'], value: 1, range: [3, 4] }, 2) //=> 'a: 2\n'
 */
export function replaceField(text: string, field: PlanField, value: string | number | boolean): string {
  const [start, end] = field.range
  return `${text.slice(0, start)}${scalarText(value)}${text.slice(end)}`
}

/**
 * The YAML text of a scalar, quoted only when a plain scalar would read differently (in flow collections
 * too, where commas and brackets end a value).
 * @example
 * scalarText('Acme, Inc.') //=> '"Acme, Inc."'
 */
export function scalarText(value: string | number | boolean): string {
  if (typeof value !== 'string') return String(value)
  const plainSafe = /^[\p{L}\p{N}_][\p{L}\p{N} _.\-/()（）]*$/u.test(value) && value.trim() === value
  const readsAsOther = /^(true|false|null|~|yes|no|on|off|[-+]?[\d.]+(e[-+]?\d+)?)$/i.test(value)
  return plainSafe && !readsAsOther ? value : JSON.stringify(value)
}

/**
 * The text with the value at `path` replaced; the text unchanged when that path holds no scalar.
 * @example
 * setField('a: 1 # one\n', ['a'], 2) //=> 'a: 2 # one\n'
 */
export function setField(text: string, path: FieldPath, value: string | number | boolean): string {
  const document = parseDocument(text, { keepSourceTokens: true })
  if (document.errors.length > 0) return text
  const node = document.getIn(path, true)
  if (!isScalar(node) || node.range === undefined || node.range === null) return text
  const [start, valueEnd] = node.range
  return `${text.slice(0, start)}${scalarText(value)}${text.slice(valueEnd)}`
}
