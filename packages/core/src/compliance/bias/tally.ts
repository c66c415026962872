/**
 * @module compliance/bias/tally
 * Counts a CSV's records into one cell per combination of group values, so memory grows with the number
 * of groups, never with the number of rows. Scores are kept as counts per distinct value, which gives
 * the exact sample median at the end.
 */
import { UserError } from '../../errors.ts'
import { closestNames } from '../../text/closest.ts'
import type { BiasAuditOptions } from './types.ts'

/** Counts of one combination of group values (null = the unknown category). */
export interface TallyCell {
  readonly values: readonly (string | null)[]
  count: number
  selected: number
  /** Label 1. */
  positives: number
  /** Label 1 and selected. */
  truePositives: number
  /** Label 0. */
  negatives: number
  /** Label 0 and selected. */
  falsePositives: number
  /** Count per distinct score value. */
  readonly scores: Map<number, number>
}

export interface BiasTally {
  readonly options: BiasAuditOptions
  readonly header: readonly string[]
  readonly groupIndexes: readonly number[]
  readonly selectedIndex: number
  readonly labelIndex: number
  readonly scoreIndex: number
  readonly unknown: ReadonlySet<string>
  readonly cells: Map<string, TallyCell>
  rowCount: number
}

function missingColumn(column: string, flag: string, header: readonly string[]) {
  const suggestions = closestNames(column, header)
  const closest = suggestions.length > 0 ? suggestions.map((name) => `"${name}"`).join(', ') : 'none'
  return {
    code: 'csv_missing_column',
    path: ['columns', column],
    message: `column "${column}" (${flag}) is not in the CSV header; closest header names: ${closest}`,
    params: { column, flag, suggestions: suggestions.join(', '), header: header.join(', ') },
  }
}

/**
 * Checks the header against the options and starts an empty tally.
 * Throws a `UserError` naming every missing column and the closest header names.
 * @example
 * startTally(['sex', 'hired'], { groupColumns: ['sex'], selectedColumn: 'hired' }).rowCount //=> 0
 */
export function startTally(header: readonly string[], options: BiasAuditOptions): BiasTally {
  const names = header.map((name) => name.trim())
  const wanted: Array<[string, string]> = [
    ...options.groupColumns.map((column): [string, string] => [column, '--group']),
    [options.selectedColumn, '--selected'],
    ...(options.labelColumn === undefined ? [] : [[options.labelColumn, '--label'] as [string, string]]),
    ...(options.scoreColumn === undefined ? [] : [[options.scoreColumn, '--score'] as [string, string]]),
  ]
  if (options.groupColumns.length === 0) {
    throw new UserError('csv_no_group', 'name at least one group column', [
      {
        code: 'csv_no_group',
        path: ['columns'],
        message: 'name at least one group column (--group sex,race)',
      },
    ])
  }
  const issues = wanted
    .filter(([column]) => !names.includes(column))
    .map(([column, flag]) => missingColumn(column, flag, names))
  if (issues.length > 0)
    throw new UserError('csv_missing_column', issues.map((issue) => issue.message).join('; '), issues)
  const indexOf = (column: string | undefined) => (column === undefined ? -1 : names.indexOf(column))
  return {
    options,
    header: names,
    groupIndexes: options.groupColumns.map((column) => names.indexOf(column)),
    selectedIndex: indexOf(options.selectedColumn),
    labelIndex: indexOf(options.labelColumn),
    scoreIndex: indexOf(options.scoreColumn),
    unknown: new Set((options.unknownValues ?? ['unknown']).map((value) => value.toLowerCase())),
    cells: new Map(),
    rowCount: 0,
  }
}

function valueError(
  line: number,
  column: string,
  message: string,
  value: string,
  reason: 'empty' | 'binary' | 'number',
): UserError {
  const text = `line ${line}, column "${column}": ${message}, got "${value}"`
  return new UserError('csv_value', text, [
    {
      code: 'csv_value',
      path: ['line', line, column],
      message: text,
      params: { line, column, value, reason },
    },
  ])
}

const truthy = new Set(['1', 'true', 'yes', 'y'])
const falsy = new Set(['0', 'false', 'no', 'n'])

function binary(tally: BiasTally, record: readonly string[], index: number, line: number): 0 | 1 {
  const raw = record[index] ?? ''
  const value = raw.trim().toLowerCase()
  if (truthy.has(value)) return 1
  if (falsy.has(value)) return 0
  throw valueError(
    line,
    tally.header[index]!,
    'expected a binary outcome 0 or 1 (or true/false, yes/no)',
    raw,
    'binary',
  )
}

/**
 * Adds one record (its fields and the line it starts on) to the tally.
 * Throws a `UserError` with line and column for a wrong field count, an empty group or a non-binary outcome.
 */
export function addRecord(tally: BiasTally, record: readonly string[], line: number): void {
  if (record.length !== tally.header.length) {
    const text = `line ${line}: ${record.length} fields, but the header has ${tally.header.length}`
    throw new UserError('csv_field_count', text, [
      {
        code: 'csv_field_count',
        path: ['line', line],
        message: text,
        params: { line, fields: record.length, expected: tally.header.length },
      },
    ])
  }
  const values: (string | null)[] = []
  for (const index of tally.groupIndexes) {
    const value = record[index]!.trim()
    if (value === '' && tally.options.emptyAsUnknown !== true)
      throw valueError(
        line,
        tally.header[index]!,
        'empty group (write "unknown" or pass --empty-as-unknown)',
        value,
        'empty',
      )
    values.push(value === '' || tally.unknown.has(value.toLowerCase()) ? null : value)
  }
  const selected = binary(tally, record, tally.selectedIndex, line)
  const label = tally.labelIndex < 0 ? null : binary(tally, record, tally.labelIndex, line)
  let score: number | null = null
  if (tally.scoreIndex >= 0) {
    const raw = record[tally.scoreIndex]!
    score = raw.trim() === '' ? Number.NaN : Number(raw)
    if (!Number.isFinite(score))
      throw valueError(line, tally.header[tally.scoreIndex]!, 'expected a number', raw, 'number')
  }
  const key = values.map((value) => value ?? '\u0000').join('\u001f')
  let cell = tally.cells.get(key)
  if (cell === undefined) {
    cell = {
      values,
      count: 0,
      selected: 0,
      positives: 0,
      truePositives: 0,
      negatives: 0,
      falsePositives: 0,
      scores: new Map(),
    }
    tally.cells.set(key, cell)
  }
  cell.count++
  cell.selected += selected
  if (label === 1) {
    cell.positives++
    cell.truePositives += selected
  } else if (label === 0) {
    cell.negatives++
    cell.falsePositives += selected
  }
  if (score !== null) cell.scores.set(score, (cell.scores.get(score) ?? 0) + 1)
  tally.rowCount++
}
