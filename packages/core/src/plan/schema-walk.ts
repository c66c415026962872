/**
 * @module plan/schema-walk
 * Finds the object schema at a path inside the plan schema, to list the keys a user could have meant.
 * Unions are resolved by the data's discriminator when there is one, else all options' keys are offered.
 */
import type { z } from 'zod'
import type { IssuePath } from '../errors.ts'

type Def = { type: string; [key: string]: unknown }

const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def

/** Peels wrappers (optional, default, pipe, …) off a schema until a structural type remains. */
function unwrap(schema: unknown): unknown {
  let current = schema
  for (let depth = 0; depth < 20; depth++) {
    const def = defOf(current)
    if (
      ['optional', 'nullable', 'default', 'prefault', 'catch', 'readonly', 'nonoptional'].includes(def.type)
    ) {
      current = def.innerType
    } else if (def.type === 'pipe') {
      current = defOf(def.in).type === 'transform' ? def.out : def.in
    } else return current
  }
  return current
}

function candidatesAt(schema: unknown, data: unknown): unknown[] {
  const inner = unwrap(schema)
  const def = defOf(inner)
  if (def.type !== 'union') return [inner]
  const options = def.options as unknown[]
  const discriminator = def.discriminator as string | undefined
  if (discriminator !== undefined && data !== null && typeof data === 'object') {
    const wanted = (data as Record<string, unknown>)[discriminator]
    const matching = options.filter((option) => {
      const shape = defOf(unwrap(option)).shape as Record<string, unknown> | undefined
      const literal = shape?.[discriminator]
      return literal !== undefined && (defOf(literal).values as unknown[] | undefined)?.includes(wanted)
    })
    if (matching.length > 0) return matching.flatMap((option) => candidatesAt(option, data))
  }
  return options.flatMap((option) => candidatesAt(option, data))
}

/** The keys an object at `path` may have, according to `schema` (empty when the path leads elsewhere). */
export function knownKeysAt(schema: z.core.$ZodType, path: IssuePath, data: unknown): string[] {
  let nodes: unknown[] = [schema]
  let value = data
  for (const segment of path) {
    value =
      value !== null && typeof value === 'object'
        ? (value as Record<string | number, unknown>)[segment]
        : undefined
    nodes = nodes.flatMap((node) =>
      candidatesAt(node, undefined).flatMap((candidate) => {
        const def = defOf(candidate)
        if (def.type === 'object' && typeof segment === 'string') {
          const child = (def.shape as Record<string, unknown>)[segment]
          return child === undefined ? [] : [child]
        }
        if (def.type === 'array' && typeof segment === 'number') return [def.element]
        return []
      }),
    )
  }
  const keys = new Set<string>()
  for (const node of nodes) {
    for (const candidate of candidatesAt(node, value)) {
      const def = defOf(candidate)
      if (def.type === 'object') for (const key of Object.keys(def.shape as object)) keys.add(key)
    }
  }
  return [...keys]
}
