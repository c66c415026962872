/**
 * @module strategy/yaml-writer
 * Writes plain data (objects, arrays, strings, numbers, booleans) as block YAML for the plan templates (the CLI's `avp init` and the web app), with
 * optional comment lines above top-level keys. Strings that YAML could read as something else are
 * written as JSON strings, which YAML reads back unchanged.
 */

type Plain =
  | string
  | number
  | boolean
  | null
  | readonly Plain[]
  | { readonly [key: string]: Plain | undefined }

const safeString = /^[A-Za-z0-9\u4e00-\u9fff][A-Za-z0-9\u4e00-\u9fff ._()/+,'-]*$/
const ambiguous = /^(true|false|null|yes|no|on|off|~|[-+]?[\d.]+(e[-+]?\d+)?)$/i

function scalar(value: string | number | boolean | null): string {
  if (value === null) return 'null'
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return safeString.test(value) && !ambiguous.test(value) && !value.endsWith(' ')
    ? value
    : JSON.stringify(value)
}

const isScalar = (value: Plain): value is string | number | boolean | null =>
  value === null || typeof value !== 'object'

function lines(value: Plain, indent: string): string[] {
  if (isScalar(value)) return [`${indent}${scalar(value)}`]
  if (Array.isArray(value)) {
    const items = value as readonly Plain[]
    if (items.length === 0) return [`${indent}[]`]
    return items.flatMap((item) => {
      const inner =
        isScalar(item) || Array.isArray(item)
          ? lines(item, `${indent}  `)
          : entries(item as Record<string, Plain>, `${indent}  `)
      const first = inner[0]!.slice(indent.length + 2)
      return [`${indent}- ${first}`, ...inner.slice(1)]
    })
  }
  return entries(value as Record<string, Plain>, indent)
}

function entries(object: Readonly<Record<string, Plain | undefined>>, indent: string): string[] {
  return Object.entries(object).flatMap(([key, item]) => {
    if (item === undefined) return []
    if (isScalar(item)) return [`${indent}${key}: ${scalar(item)}`]
    if (Array.isArray(item) && item.length === 0) return [`${indent}${key}: []`]
    if (!Array.isArray(item) && Object.keys(item).length === 0) return [`${indent}${key}: {}`]
    return [`${indent}${key}:`, ...lines(item as Plain, `${indent}  `)]
  })
}

/**
 * Block YAML for `sections`, each top-level key preceded by its comment lines.
 * @example
 * toYaml([{ key: 'team', value: { roles: [] }, comments: ['People'] }])
 * //=> '# People\nteam:\n  roles: []\n'
 */
export function toYaml(
  sections: ReadonlyArray<{
    readonly key: string
    readonly value: unknown
    readonly comments?: readonly string[]
  }>,
): string {
  return `${sections
    .map(({ key, value, comments = [] }) =>
      [...comments.map((line) => `# ${line}`), ...entries({ [key]: value as Plain }, '')].join('\n'),
    )
    .join('\n\n')}\n`
}
