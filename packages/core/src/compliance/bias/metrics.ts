/**
 * @module compliance/bias/metrics
 * From the tally to the audit: LL144 selection and scoring rates and impact ratios (6 RCNY § 5-300:
 * rate ÷ the highest group's rate; scoring rate = share scoring above the sample median), Fairlearn's
 * between-groups metrics, and the signed privileged-vs-unprivileged comparisons. Rates and ratios are
 * exact fractions (bigint rationals), so 0.64 ÷ 0.8 is exactly 4/5 and the four-fifths comparison never
 * suffers rounding; 0/0 is reported as null.
 */
import { compare, div, fraction, isZero, type Rational, sub, toNumber } from '../../finance/rational.ts'
import type { BiasTally, TallyCell } from './tally.ts'
import type {
  AttributeAudit,
  BiasAudit,
  BiasAuditWarning,
  FairnessMetrics,
  GroupRates,
  SignedMetrics,
} from './types.ts'

const fourFifths = fraction(4n, 5n)

export const fourFifthsNote =
  'The four-fifths comparison is the US federal employment guideline for adverse impact (Uniform Guidelines, 29 CFR 1607.4(D)), a rule of thumb, not a legal threshold; NYC LL144 requires the ratios, not a pass mark.'

interface Counts {
  count: number
  selected: number
  positives: number
  truePositives: number
  negatives: number
  falsePositives: number
  aboveMedian: number
}

const empty = (): Counts => ({
  count: 0,
  selected: 0,
  positives: 0,
  truePositives: 0,
  negatives: 0,
  falsePositives: 0,
  aboveMedian: 0,
})

/** `part / whole` as an exact fraction, or null for a zero denominator. */
export function rate(part: number, whole: number): Rational | null {
  return whole === 0 ? null : fraction(BigInt(part), BigInt(whole))
}

const asNumber = (value: Rational | null) => (value === null ? null : toNumber(value))

/** The exact median of the scores (mean of the two middle ones for an even count). */
export function medianOfCounts(counts: ReadonlyMap<number, number>): number | null {
  const values = [...counts.keys()].sort((a, b) => a - b)
  const total = values.reduce((sum, value) => sum + counts.get(value)!, 0)
  if (total === 0) return null
  const lowRank = Math.floor((total - 1) / 2)
  const highRank = Math.floor(total / 2)
  let seen = 0
  let low: number | null = null
  for (const value of values) {
    seen += counts.get(value)!
    if (low === null && seen > lowRank) low = value
    if (seen > highRank) return (low! + value) / 2
  }
  return low
}

function spread(
  rates: readonly (Rational | null)[],
): { difference: Rational; ratio: Rational | null } | null {
  if (rates.length === 0 || rates.some((value) => value === null)) return null
  const known = rates as Rational[]
  const highest = known.reduce((a, b) => (compare(a, b) >= 0 ? a : b))
  const lowest = known.reduce((a, b) => (compare(a, b) <= 0 ? a : b))
  return { difference: sub(highest, lowest), ratio: isZero(highest) ? null : div(lowest, highest) }
}

function fairness(groups: readonly Counts[], withLabels: boolean): FairnessMetrics {
  const parity = spread(groups.map((group) => rate(group.selected, group.count)))
  const tpr = withLabels ? spread(groups.map((group) => rate(group.truePositives, group.positives))) : null
  const fpr = withLabels ? spread(groups.map((group) => rate(group.falsePositives, group.negatives))) : null
  const odds =
    tpr === null || fpr === null
      ? null
      : {
          difference: compare(tpr.difference, fpr.difference) >= 0 ? tpr.difference : fpr.difference,
          ratio:
            tpr.ratio === null || fpr.ratio === null
              ? null
              : compare(tpr.ratio, fpr.ratio) <= 0
                ? tpr.ratio
                : fpr.ratio,
        }
  return {
    demographicParityDifference: asNumber(parity?.difference ?? null),
    demographicParityRatio: asNumber(parity?.ratio ?? null),
    equalOpportunityDifference: asNumber(tpr?.difference ?? null),
    equalOpportunityRatio: asNumber(tpr?.ratio ?? null),
    equalizedOddsDifference: asNumber(odds?.difference ?? null),
    equalizedOddsRatio: asNumber(odds?.ratio ?? null),
  }
}

function signedMetrics(
  names: readonly string[],
  groups: readonly Counts[],
  privileged: string,
): SignedMetrics[] {
  const index = names.indexOf(privileged)
  if (index < 0) return []
  const base = groups[index]!
  const minus = (a: Rational | null, b: Rational | null) => (a === null || b === null ? null : sub(a, b))
  return names.flatMap((name, position) => {
    if (position === index) return []
    const group = groups[position]!
    const selection = rate(group.selected, group.count)
    const baseSelection = rate(base.selected, base.count)
    const tprGap = minus(rate(group.truePositives, group.positives), rate(base.truePositives, base.positives))
    const fprGap = minus(
      rate(group.falsePositives, group.negatives),
      rate(base.falsePositives, base.negatives),
    )
    return [
      {
        group: name,
        privileged,
        statisticalParityDifference: asNumber(minus(selection, baseSelection)),
        disparateImpact:
          selection === null || baseSelection === null || isZero(baseSelection)
            ? null
            : toNumber(div(selection, baseSelection)),
        equalOpportunityDifference: asNumber(tprGap),
        averageOddsDifference:
          tprGap === null || fprGap === null ? null : (toNumber(tprGap) + toNumber(fprGap)) / 2,
      },
    ]
  })
}

function auditGroups(
  tally: BiasTally,
  attribute: string,
  intersectional: boolean,
  keyOf: (cell: TallyCell) => string[] | null,
  median: number | null,
  warnings: BiasAuditWarning[],
): AttributeAudit {
  const byGroup = new Map<string, { values: string[]; counts: Counts }>()
  let unknownCount = 0
  for (const cell of tally.cells.values()) {
    const values = keyOf(cell)
    if (values === null) {
      unknownCount += cell.count
      continue
    }
    const name = values.join(' × ')
    let entry = byGroup.get(name)
    if (entry === undefined) {
      entry = { values, counts: empty() }
      byGroup.set(name, entry)
    }
    const counts = entry.counts
    counts.count += cell.count
    counts.selected += cell.selected
    counts.positives += cell.positives
    counts.truePositives += cell.truePositives
    counts.negatives += cell.negatives
    counts.falsePositives += cell.falsePositives
    if (median !== null) for (const [score, n] of cell.scores) if (score > median) counts.aboveMedian += n
  }
  const names = [...byGroup.keys()].sort()
  const entries = names.map((name) => byGroup.get(name)!)
  const options = tally.options
  const excluded = entries.map(
    (entry) => options.excludeSmallGroups === true && entry.counts.count * 50 < tally.rowCount,
  )
  const selection = entries.map((entry) => rate(entry.counts.selected, entry.counts.count))
  const scoring = entries.map((entry) =>
    median === null ? null : rate(entry.counts.aboveMedian, entry.counts.count),
  )
  const highest = (rates: readonly (Rational | null)[]) =>
    rates.reduce<Rational | null>(
      (best, value, index) =>
        value === null || excluded[index] ? best : best === null || compare(value, best) > 0 ? value : best,
      null,
    )
  const topSelection = highest(selection)
  const topScoring = highest(scoring)
  const ratio = (value: Rational | null, top: Rational | null, index: number) =>
    value === null || top === null || isZero(top) || excluded[index] ? null : div(value, top)
  const smallSample = options.smallSampleSize ?? 30
  const groups: GroupRates[] = entries.map((entry, index) => {
    const impact = ratio(selection[index] ?? null, topSelection, index)
    const name = names[index]!
    if (entry.counts.count < smallSample) {
      warnings.push({
        code: 'small_sample',
        attribute,
        group: name,
        message: `${attribute} = ${name}: only ${entry.counts.count} people (under ${smallSample}); rates this small are unstable`,
        params: { attribute, group: name, count: entry.counts.count, minimum: smallSample },
      })
    }
    const below = impact === null ? null : compare(impact, fourFifths) < 0
    if (below === true) {
      warnings.push({
        code: 'below_four_fifths',
        attribute,
        group: name,
        message: `${attribute} = ${name}: impact ratio ${toNumber(impact!).toFixed(3)} is below four-fifths (a US employment guideline, not a legal threshold)`,
        params: { attribute, group: name, ratio: toNumber(impact!).toFixed(3) },
      })
    }
    return {
      group: name,
      values: entry.values,
      count: entry.counts.count,
      selected: entry.counts.selected,
      selectionRate: asNumber(selection[index] ?? null),
      impactRatio: asNumber(impact),
      impactRatioExact: impact === null ? null : `${impact.num}/${impact.den}`,
      belowFourFifths: below,
      excluded: excluded[index]!,
      scoredAboveMedian: median === null ? null : entry.counts.aboveMedian,
      scoringRate: asNumber(scoring[index] ?? null),
      scoringImpactRatio: asNumber(ratio(scoring[index] ?? null, topScoring, index)),
      truePositiveRate:
        tally.labelIndex < 0 ? null : asNumber(rate(entry.counts.truePositives, entry.counts.positives)),
      falsePositiveRate:
        tally.labelIndex < 0 ? null : asNumber(rate(entry.counts.falsePositives, entry.counts.negatives)),
    }
  })
  const counts = entries.map((entry) => entry.counts)
  const metrics = fairness(counts, tally.labelIndex >= 0)
  for (const [name, value] of Object.entries(metrics)) {
    if (value === null && (tally.labelIndex >= 0 || name.startsWith('demographic'))) {
      warnings.push({
        code: 'undefined_metric',
        attribute,
        group: null,
        message: `${attribute}: ${name} is undefined (a group has no people in a denominator, or every rate is 0)`,
        params: { attribute, metric: name },
      })
    }
  }
  const privileged = options.privileged?.[attribute]
  return {
    attribute,
    intersectional,
    groups,
    unknownCount,
    metrics,
    signed: privileged === undefined ? [] : signedMetrics(names, counts, privileged),
  }
}

/**
 * The audit of everything tallied so far.
 * @example
 * finishAudit(tally).attributes[0].groups[0].impactRatio //=> 1 for the group with the highest rate
 */
export function finishAudit(tally: BiasTally): BiasAudit {
  const allScores = new Map<number, number>()
  for (const cell of tally.cells.values())
    for (const [score, n] of cell.scores) allScores.set(score, (allScores.get(score) ?? 0) + n)
  const median = tally.scoreIndex < 0 ? null : medianOfCounts(allScores)
  const warnings: BiasAuditWarning[] = []
  const columns = tally.options.groupColumns
  const attributes = columns.map((column, position) =>
    auditGroups(
      tally,
      column,
      false,
      (cell) => (cell.values[position] === null ? null : [cell.values[position]!]),
      median,
      warnings,
    ),
  )
  const intersection =
    columns.length < 2
      ? null
      : auditGroups(
          tally,
          columns.join(' × '),
          true,
          (cell) => (cell.values.some((value) => value === null) ? null : (cell.values as string[])),
          median,
          warnings,
        )
  return {
    rowCount: tally.rowCount,
    columns: {
      group: columns,
      selected: tally.options.selectedColumn,
      label: tally.options.labelColumn ?? null,
      score: tally.options.scoreColumn ?? null,
    },
    medianScore: median,
    attributes,
    intersection,
    fourFifthsNote,
    warnings,
  }
}
