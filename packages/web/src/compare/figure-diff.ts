/**
 * @module compare/figure-diff
 * Two analyses side by side: the dashboard's figures of each and their difference, and a line diff of the
 * two plans' text (longest common subsequence, so a changed GPU price shows as one line out, one line in).
 */
import type { Analysis } from '@avp/core'
import { dashboardFigures } from '../analysis/dashboard-figures.ts'

/** `percent`: percentage points (0–100), as the analysis' `…Pct` figures are. */
export type FigureKind = 'money' | 'months' | 'percent' | 'days' | 'score'

export interface FigureRow {
  readonly id:
    | 'cashUsd'
    | 'monthlyBurnUsd'
    | 'runwayMonths'
    | 'grossMarginPct'
    | 'trainingCostUsd'
    | 'trainingDays'
    | 'readiness'
  readonly kind: FigureKind
  readonly left: number | null
  readonly right: number | null
  /** right − left; null when either is missing. */
  readonly delta: number | null
}

/**
 * The compared figures of two analyses.
 * @example
 * compareFigures(a, a).every((row) => row.delta === 0 || row.delta === null) //=> true
 */
export function compareFigures(left: Analysis, right: Analysis): FigureRow[] {
  const a = dashboardFigures(left)
  const b = dashboardFigures(right)
  const row = (id: FigureRow['id'], kind: FigureKind, x: number | null, y: number | null): FigureRow => ({
    id,
    kind,
    left: x,
    right: y,
    delta: x === null || y === null ? null : y - x,
  })
  return [
    row('cashUsd', 'money', a.cashUsd, b.cashUsd),
    row('monthlyBurnUsd', 'money', a.monthlyBurnUsd, b.monthlyBurnUsd),
    row('runwayMonths', 'months', a.runwayMonths, b.runwayMonths),
    row('grossMarginPct', 'percent', a.grossMarginPct, b.grossMarginPct),
    row('trainingCostUsd', 'money', a.trainingCostUsd, b.trainingCostUsd),
    row('trainingDays', 'days', a.trainingDays, b.trainingDays),
    row('readiness', 'score', a.readiness?.score ?? null, b.readiness?.score ?? null),
  ]
}

export interface DiffLine {
  readonly kind: 'same' | 'removed' | 'added'
  readonly text: string
  /** 1-based line in the left (same, removed) or right (added) text. */
  readonly line: number
}

/**
 * The changed lines between two texts, with `context` unchanged lines around each change.
 * @example
 * diffLines('a\nb\n', 'a\nc\n', 0).map((line) => line.kind) //=> ['removed', 'added']
 */
export function diffLines(left: string, right: string, context = 2): DiffLine[] {
  const a = left.split('\n')
  const b = right.split('\n')
  // Trim the common head and tail first: plans differ in a few lines, so the table stays small.
  let head = 0
  while (head < a.length && head < b.length && a[head] === b[head]) head++
  let tail = 0
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  )
    tail++
  const midA = a.slice(head, a.length - tail)
  const midB = b.slice(head, b.length - tail)
  const lengths = Array.from({ length: midA.length + 1 }, () => new Array<number>(midB.length + 1).fill(0))
  for (let i = midA.length - 1; i >= 0; i--) {
    for (let j = midB.length - 1; j >= 0; j--) {
      lengths[i]![j] =
        midA[i] === midB[j] ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!)
    }
  }
  const all: DiffLine[] = a.slice(0, head).map((text, index) => ({ kind: 'same', text, line: index + 1 }))
  let i = 0
  let j = 0
  while (i < midA.length || j < midB.length) {
    if (i < midA.length && j < midB.length && midA[i] === midB[j]) {
      all.push({ kind: 'same', text: midA[i]!, line: head + i + 1 })
      i++
      j++
    } else if (j < midB.length && (i === midA.length || lengths[i]![j + 1]! > lengths[i + 1]![j]!)) {
      all.push({ kind: 'added', text: midB[j]!, line: head + j + 1 })
      j++
    } else {
      all.push({ kind: 'removed', text: midA[i]!, line: head + i + 1 })
      i++
    }
  }
  a.slice(a.length - tail).forEach((text, index) => {
    all.push({ kind: 'same', text, line: a.length - tail + index + 1 })
  })
  const near = (index: number) =>
    all.slice(Math.max(0, index - context), index + context + 1).some((line) => line.kind !== 'same')
  return all.filter((line, index) => line.kind !== 'same' || near(index))
}
