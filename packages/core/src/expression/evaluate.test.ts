import { describe, expect, it } from 'vitest'
import { UserError } from '../errors.ts'
import { evaluateExpression } from './evaluate.ts'
import { parseExpression } from './parser.ts'

const analysis = {
  finance: { runwayMonths: 7, cashUsd: 2_000_000, grossMarginPct: 35, revenueUsd: 0, burnMultiple: null },
  compute: { training: [{ costUsd: 1_200_000 }, { costUsd: 300_000 }] },
  flags: { euUsers: true },
}

function run(text: string, figures: object = analysis) {
  return evaluateExpression(parseExpression(text), figures)
}

function errorOf(action: () => unknown): UserError {
  try {
    action()
  } catch (error) {
    if (error instanceof UserError) return error
    throw error
  }
  throw new Error('expected a UserError')
}

describe('evaluateExpression', () => {
  it('returns the indicator examples of issue 6 over an analysis object', () => {
    expect(run('finance.runwayMonths < 9')).toEqual({ defined: true, value: true })
    expect(run('compute.training[0].costUsd > 0.5 * finance.cashUsd')).toEqual({ defined: true, value: true })
    expect(run('finance.grossMarginPct < 40')).toEqual({ defined: true, value: true })
  })
  it('returns numbers for arithmetic and functions', () => {
    expect(run('(compute.training[0].costUsd + compute.training[1].costUsd) / 1e6')).toEqual({
      defined: true,
      value: 1.5,
    })
    expect(run('max(1, -3, 2) + min(4, 5) + abs(-2)')).toEqual({ defined: true, value: 8 })
  })
  it('returns booleans read from boolean figures', () => {
    expect(run('flags.euUsers and not false')).toEqual({ defined: true, value: true })
    expect(run('flags.euUsers == true')).toEqual({ defined: true, value: true })
  })
  it('returns values from a lookup function', () => {
    const figures = (name: string) => ({ a: 1, b: 2, c: 2, x: 5 })[name]
    expect(evaluateExpression(parseExpression('(a + b) / c >= 1.2 and x != 0'), figures)).toEqual({
      defined: true,
      value: true,
    })
  })
  it('throws unknown_figure listing the closest names', () => {
    const error = errorOf(() => run('finance.runwayMonth < 9'))
    expect(error.code).toBe('unknown_figure')
    expect(error.message).toBe(
      "unknown figure 'finance.runwayMonth' at column 1; did you mean finance.runwayMonths?",
    )
    expect(error.issues[0]?.params).toMatchObject({ figure: 'finance.runwayMonth', column: 1 })
  })
  it('throws one issue per unknown figure, whatever the logic would skip', () => {
    const error = errorOf(() => run('false and (cashUsd > 1 or compute.training[5].costUsd > 0)'))
    expect(error.issues.map((issue) => issue.params?.figure)).toEqual([
      'cashUsd',
      'compute.training[5].costUsd',
    ])
    expect(error.issues[0]?.params?.suggestions).toBe('finance.cashUsd')
  })
  it('throws unknown_figure with suggestions from knownFigures for a lookup function', () => {
    const options = { knownFigures: () => ['finance.cashUsd'], path: ['risks', 0] }
    const error = errorOf(() =>
      evaluateExpression(parseExpression('finance.cash > 1'), () => undefined, options),
    )
    expect(error.issues[0]).toMatchObject({ path: ['risks', 0], params: { suggestions: 'finance.cashUsd' } })
  })
  it('throws expression_type when a figure has the wrong type', () => {
    expect(errorOf(() => run('flags.euUsers + 1')).code).toBe('expression_type')
    expect(errorOf(() => run('finance.cashUsd and true')).code).toBe('expression_type')
    expect(errorOf(() => run('finance.cashUsd == flags.euUsers')).code).toBe('expression_type')
  })
})

describe('evaluateExpression edge cases', () => {
  it('returns undefined for division by zero, never Infinity', () => {
    expect(run('1 / finance.revenueUsd')).toEqual({
      defined: false,
      reason: { code: 'division_by_zero', column: 3, message: 'division by zero at column 3' },
    })
    expect(run('0 / 0')).toMatchObject({ defined: false, reason: { code: 'division_by_zero' } })
  })
  it('returns undefined for a comparison over an undefined side', () => {
    expect(run('finance.cashUsd / finance.revenueUsd > 2')).toMatchObject({ defined: false })
  })
  it('returns false for a guarded ratio thanks to three-valued logic, in either order', () => {
    const figures = { a: 1, b: 2, c: 0, x: 0 }
    expect(run('(a + b) / c >= 1.2 and x != 0', figures)).toEqual({ defined: true, value: false })
    expect(run('x != 0 and (a + b) / c >= 1.2', figures)).toEqual({ defined: true, value: false })
    expect(run('x == 0 or a / c > 1', figures)).toEqual({ defined: true, value: true })
    expect(run('x != 0 or a / c > 1', figures)).toMatchObject({ defined: false })
    expect(run('not (a / c > 1)', figures)).toMatchObject({ defined: false })
  })
  it('returns missing_value for a null figure', () => {
    expect(run('finance.burnMultiple > 2')).toMatchObject({
      defined: false,
      reason: { code: 'missing_value', figure: 'finance.burnMultiple' },
    })
  })
  it('returns not_finite for an overflow or an infinite figure', () => {
    expect(run('1e308 * 10')).toMatchObject({ defined: false, reason: { code: 'not_finite' } })
    expect(run('a > 1', { a: Number.POSITIVE_INFINITY })).toMatchObject({ reason: { code: 'not_finite' } })
    expect(run('a > 1', { a: Number.NaN })).toMatchObject({ reason: { code: 'not_finite' } })
  })
  it('does not read inherited properties as figures', () => {
    expect(errorOf(() => run('constructor > 1', {})).code).toBe('unknown_figure')
    expect(errorOf(() => run('finance.toString > 1')).code).toBe('unknown_figure')
  })
  it('treats a group of figures or text as unknown', () => {
    expect(errorOf(() => run('finance > 1')).code).toBe('unknown_figure')
    expect(errorOf(() => run('name > 1', { name: 'Acme' })).code).toBe('unknown_figure')
  })
})
