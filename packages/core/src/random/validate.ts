/**
 * @module random/validate
 * Parameter checks shared by samplers and analytic helpers. A bad parameter is the user's to fix, so it is a
 * `UserError` naming the parameter; callers that know where the numbers came from pass that path.
 */
import type { IssuePath } from '../errors.ts'
import { UserError } from '../errors.ts'

/**
 * Throws `invalid_distribution` for `field` unless `ok`.
 * @example
 * requireParameter(1 < 2, 'pert', 'min', 'must not exceed max', []) // no throw
 */
export function requireParameter(
  ok: boolean,
  distribution: string,
  field: string,
  rule: string,
  path: IssuePath,
): void {
  if (ok) return
  const message = `${distribution}: ${field} ${rule}`
  throw new UserError('invalid_distribution', message, [
    { code: 'invalid_distribution', path: [...path, field], message, params: { distribution, field } },
  ])
}

/**
 * Throws unless every named value is a finite number.
 * @example
 * requireFinite('pert', { min: 1, max: 2 }, []) // no throw
 */
export function requireFinite(distribution: string, values: Record<string, number>, path: IssuePath): void {
  for (const [field, value] of Object.entries(values)) {
    requireParameter(
      Number.isFinite(value),
      distribution,
      field,
      `must be a finite number, got ${value}`,
      path,
    )
  }
}
