import { describe, expect, it } from 'vitest'
import { UserError } from '../errors.ts'
import { tokenize } from './lexer.ts'
import { figureNames, maxNestingDepth, parseExpression } from './parser.ts'

/** The error a call throws, for asserting on its fields. */
function errorOf(action: () => unknown): UserError {
  try {
    action()
  } catch (error) {
    if (error instanceof UserError) return error
    throw error
  }
  throw new Error('expected a UserError')
}

describe('tokenize', () => {
  it('returns numbers with separators removed and exponents read', () => {
    const tokens = tokenize('1_000 + 1e9 - 2.5E-3')
    expect(tokens.filter((token) => token.kind === 'number').map((token) => token.value)).toEqual([
      1000, 1e9, 0.0025,
    ])
  })
  it('returns an end token one column past the text', () => {
    expect(tokenize('ab').at(-1)).toEqual({ kind: 'end', text: '', column: 3 })
  })
})

describe('parseExpression', () => {
  it('returns a comparison of a figure with a number', () => {
    expect(parseExpression('finance.runwayMonths < 9')).toEqual({
      kind: 'binary',
      operator: '<',
      left: { kind: 'figure', path: ['finance', 'runwayMonths'], column: 1 },
      right: { kind: 'number', value: 9, column: 24 },
      column: 22,
    })
  })
  it('returns indexed figure paths', () => {
    const ast = parseExpression('compute.training[0].costUsd > 0.5 * finance.cashUsd')
    expect(figureNames(ast)).toEqual(['compute.training[0].costUsd', 'finance.cashUsd'])
  })
  it('returns * binding tighter than + and left-associative -', () => {
    const ast = parseExpression('1 - 2 - 3 * 4')
    expect(ast).toMatchObject({
      operator: '-',
      left: { operator: '-', left: { value: 1 }, right: { value: 2 } },
      right: { operator: '*' },
    })
  })
  it('returns and binding tighter than or, and not looser than a comparison', () => {
    const ast = parseExpression('not a < 1 or b and c')
    expect(ast).toMatchObject({
      operator: 'or',
      left: { kind: 'unary', operator: 'not', operand: { operator: '<' } },
      right: { operator: 'and' },
    })
  })
  it('returns calls of min, max and abs', () => {
    expect(parseExpression('max(a, b, 3)')).toMatchObject({ kind: 'call', name: 'max', args: [{}, {}, {}] })
    expect(parseExpression('abs(-x)')).toMatchObject({ kind: 'call', name: 'abs' })
  })
  it('returns a figure named like a function when no ( follows', () => {
    expect(parseExpression('min > 1')).toMatchObject({ left: { kind: 'figure', path: ['min'] } })
  })
  it('returns the guarded ratio from the brief', () => {
    expect(figureNames(parseExpression('(a + b) / c >= 1.2 and x != 0'))).toEqual(['a', 'b', 'c', 'x'])
  })
})

describe('parseExpression errors', () => {
  it('returns the column and expectation after a dangling operator', () => {
    const error = errorOf(() => parseExpression('finance.a * '))
    expect(error.code).toBe('invalid_expression')
    expect(error.message).toBe(
      "expected a number, a figure name or '(' after '*', found the end of the expression at column 13",
    )
    expect(error.issues[0]).toMatchObject({ code: 'expression_syntax', params: { column: 13 } })
  })
  it('carries the path it was given', () => {
    const path = ['risks', 0, 'indicators', 1, 'expression']
    expect(errorOf(() => parseExpression('a <', { path })).issues[0]?.path).toEqual(path)
  })
  it('names the unclosed parenthesis', () => {
    expect(errorOf(() => parseExpression('(a + 1')).message).toContain("')' to close the '(' at column 1")
  })
  it('suggests and/or/not for &&, || and !', () => {
    expect(errorOf(() => parseExpression('a && b')).message).toContain("write 'and' instead of '&&'")
    expect(errorOf(() => parseExpression('a || b')).message).toContain("write 'or'")
    expect(errorOf(() => parseExpression('!a')).message).toContain("write 'not'")
    expect(errorOf(() => parseExpression('a = 1')).message).toContain("write '=='")
  })
  it('refuses chained comparisons', () => {
    expect(errorOf(() => parseExpression('1 < a < 3')).message).toContain('cannot be chained')
  })
  it('refuses arithmetic on comparisons and logic on numbers', () => {
    expect(errorOf(() => parseExpression('(a < b) + 1')).message).toContain("'+' needs a number")
    expect(errorOf(() => parseExpression('1 and a')).message).toContain("'and' needs a comparison")
    expect(errorOf(() => parseExpression('1 == (a < b)')).message).toContain('compares a number')
  })
  it('refuses unknown functions and wrong argument counts', () => {
    expect(errorOf(() => parseExpression('sqrt(a)')).message).toContain('the functions are abs, max, min')
    expect(errorOf(() => parseExpression('min(a)')).message).toContain('at least 2 arguments')
    expect(errorOf(() => parseExpression('abs(a, b)')).message).toContain('exactly 1 argument')
  })
  it('explains upper-case keywords', () => {
    expect(errorOf(() => parseExpression('a < 1 AND b')).message).toContain("write 'and'")
  })
})

describe('parseExpression edge cases', () => {
  it('refuses an empty expression', () => {
    expect(errorOf(() => parseExpression('   ')).message).toContain('found the end of the expression')
  })
  it('refuses numbers that overflow and names that start with a digit', () => {
    expect(errorOf(() => parseExpression('1e999')).message).toContain('too large')
    expect(errorOf(() => parseExpression('2x')).message).toContain('cannot start with a digit')
  })
  it('refuses non-integer and negative indices', () => {
    expect(errorOf(() => parseExpression('a[1.5]')).message).toContain('whole-number index')
    expect(errorOf(() => parseExpression('a[-1]')).message).toContain('whole-number index')
  })
  it(`refuses nesting deeper than ${maxNestingDepth} levels instead of overflowing the stack`, () => {
    const deep = `${'('.repeat(10_000)}1${')'.repeat(10_000)}`
    expect(errorOf(() => parseExpression(deep)).message).toContain('nests deeper')
    expect(errorOf(() => parseExpression(`${'-'.repeat(10_000)}1`)).message).toContain('nests deeper')
  })
  it('accepts nesting up to the limit', () => {
    const nested = `${'('.repeat(maxNestingDepth - 1)}1${')'.repeat(maxNestingDepth - 1)}`
    expect(parseExpression(nested)).toMatchObject({ kind: 'number', value: 1 })
  })
  it('reports a non-ASCII character whole', () => {
    expect(errorOf(() => parseExpression('a < 😀')).message).toContain("unexpected character '😀'")
  })
  it('returns figureNames without duplicates', () => {
    expect(figureNames(parseExpression('a + a + b[0] + b[0]'))).toEqual(['a', 'b[0]'])
  })
})
