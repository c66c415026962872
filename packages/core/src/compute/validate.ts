/**
 * @module compute/validate
 * Input checks shared by the compute functions. Failures throw `UserError` with one issue whose code,
 * path and params an interface can translate.
 */

import { type Issue, UserError } from '../errors.ts'

/**
 * Throws a `UserError` for one issue; its code is prefixed `compute_` on the error, bare on the issue.
 * @example
 * fail('unknown_gpu', ['gpuId'], 'Unknown GPU "h100".') //=> throws UserError
 */
export function fail(
  code: string,
  path: Issue['path'],
  message: string,
  params: NonNullable<Issue['params']> = {},
): never {
  throw new UserError(`compute_${code}`, message, [{ code, path, message, params }])
}

/**
 * Requires a positive integer.
 * @example
 * requirePositiveInteger(8, ['gpuCount']) //=> 8
 */
export function requirePositiveInteger(value: number, path: Issue['path']): number {
  if (!Number.isInteger(value) || value < 1) {
    fail(
      'not_positive_integer',
      path,
      `${pathText(path)} must be a whole number of at least 1 (got ${value}).`,
      { value },
    )
  }
  return value
}

/**
 * Requires a finite number above zero.
 * @example
 * requirePositive(2e12, ['tokens']) //=> 2e12
 */
export function requirePositive(value: number, path: Issue['path']): number {
  if (!Number.isFinite(value) || value <= 0) {
    fail('not_positive', path, `${pathText(path)} must be a number above 0 (got ${value}).`, { value })
  }
  return value
}

/**
 * Requires a fraction in [min, 1].
 * @example
 * requireFraction(0.9, ['goodput']) //=> 0.9
 */
export function requireFraction(value: number, path: Issue['path'], min = 0): number {
  if (!Number.isFinite(value) || value < min || value > 1) {
    fail('out_of_range', path, `${pathText(path)} must be between ${min} and 1 (got ${value}).`, {
      value,
      min,
      max: 1,
    })
  }
  return value
}

/**
 * Divisors of `n` in ascending order.
 * @example
 * divisors(12) //=> [1, 2, 3, 4, 6, 12]
 */
export function divisors(n: number): number[] {
  const small: number[] = []
  const large: number[] = []
  for (let d = 1; d * d <= n; d++) {
    if (n % d === 0) {
      small.push(d)
      if (d * d !== n) large.unshift(n / d)
    }
  }
  return small.concat(large)
}

/**
 * The divisors of `n` nearest to `value` (at most `limit`), for "nearest valid choices" messages.
 * @example
 * nearestDivisors(64, 6) //=> [4, 8]
 */
export function nearestDivisors(n: number, value: number, limit = 2): number[] {
  return divisors(n)
    .map((d) => ({ d, distance: Math.abs(Math.log(d / value)) }))
    .sort((x, y) => x.distance - y.distance || x.d - y.d)
    .slice(0, limit)
    .map((entry) => entry.d)
    .sort((x, y) => x - y)
}

function pathText(path: Issue['path']): string {
  return path.length === 0 ? 'value' : path.map(String).join('.')
}
