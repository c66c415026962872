/**
 * @module random/special
 * ln(k!) for the Poisson sampler's acceptance test: exact sums for small k, Stirling's series beyond.
 */

const tableSize = 64
const logFactorialTable: Float64Array = (() => {
  const table = new Float64Array(tableSize)
  for (let k = 2; k < tableSize; k++) table[k] = table[k - 1]! + Math.log(k)
  return table
})()

/**
 * ln(k!) for a whole number k ≥ 0. Beyond the table, Stirling's series to the k⁻⁵ term (error below 1e-14).
 * @example
 * logFactorial(5) //=> Math.log(120)
 */
export function logFactorial(k: number): number {
  if (k < tableSize) return logFactorialTable[k]!
  const inverse = 1 / (k + 1)
  const inverseSquared = inverse * inverse
  // ln Γ(n) with n = k + 1: (n − ½) ln n − n + ½ ln 2π + 1/(12n) − 1/(360n³) + 1/(1260n⁵).
  const n = k + 1
  return (
    (n - 0.5) * Math.log(n) -
    n +
    0.9189385332046728 +
    inverse * (1 / 12 - inverseSquared * (1 / 360 - inverseSquared / 1260))
  )
}
