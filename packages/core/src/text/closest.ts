/**
 * @module text/closest
 * Did-you-mean suggestions: the candidates nearest to a misspelt name by edit distance.
 */

/**
 * Levenshtein distance between two strings (insertions, deletions and substitutions all cost 1).
 * @example
 * editDistance('gpus', 'gpu') //=> 1
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution)
    }
    previous = current
  }
  return previous[b.length]!
}

/**
 * The candidates close enough to `name` to be what the user meant, nearest first (at most `limit`).
 * Close enough: within a third of the longer name's length, case ignored, or one contains the other.
 * @example
 * closestNames('gpuz', ['gpus', 'tokens', 'gpuType']) //=> ['gpus']
 */
export function closestNames(name: string, candidates: Iterable<string>, limit = 3): string[] {
  const lowered = name.toLowerCase()
  const scored: Array<{ candidate: string; distance: number }> = []
  for (const candidate of candidates) {
    const other = candidate.toLowerCase()
    const distance = editDistance(lowered, other)
    const threshold = Math.max(1, Math.floor(Math.max(lowered.length, other.length) / 3))
    const contains = lowered.length >= 3 && (other.includes(lowered) || lowered.includes(other))
    if (distance <= threshold || contains) scored.push({ candidate, distance })
  }
  // Equally near names: one the user's text begins (a truncated word, `h80` for `h800`) reads as the meant one.
  const continues = (candidate: string) => (candidate.toLowerCase().startsWith(lowered) ? 0 : 1)
  scored.sort(
    (x, y) =>
      x.distance - y.distance ||
      continues(x.candidate) - continues(y.candidate) ||
      x.candidate.localeCompare(y.candidate),
  )
  return scored.slice(0, limit).map((entry) => entry.candidate)
}
