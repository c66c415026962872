import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { UserError } from '../errors.ts'
import type { ExpressionAst, FigureSegment } from './ast.ts'
import { evaluateExpression } from './evaluate.ts'
import { keywords } from './lexer.ts'
import { parseExpression } from './parser.ts'
import { printExpression } from './print.ts'

/** The tree without columns: printing normalises spacing, so only the shape must survive. */
function shape(ast: ExpressionAst): unknown {
  return JSON.parse(JSON.stringify(ast, (key, value) => (key === 'column' ? undefined : value)))
}

const name = fc.stringMatching(/^[a-z_][a-zA-Z0-9_]{0,5}$/).filter((text) => !keywords.has(text))
const figure: fc.Arbitrary<ExpressionAst> = fc
  .tuple(name, fc.array(fc.oneof(name, fc.nat(12)), { maxLength: 3 }))
  .map(([first, rest]) => ({ kind: 'figure', path: [first, ...rest] as FigureSegment[], column: 1 }))
const literal: fc.Arbitrary<ExpressionAst> = fc
  .double({ min: 0, max: 1e300, noNaN: true, noDefaultInfinity: true })
  .map((value) => ({ kind: 'number', value: Math.abs(value), column: 1 }))

/** Well-typed trees: the parser refuses ill-typed text, so only these can round-trip. */
const { numeric, logical } = fc.letrec<{ numeric: ExpressionAst; logical: ExpressionAst }>((tie) => ({
  numeric: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    literal,
    figure,
    tie('numeric').map((operand) => ({ kind: 'unary', operator: '-', operand, column: 1 }) as const),
    fc
      .tuple(fc.constantFrom('+', '-', '*', '/'), tie('numeric'), tie('numeric'))
      .map(([operator, left, right]) => ({ kind: 'binary', operator, left, right, column: 1 }) as const),
    fc
      .tuple(fc.constantFrom('min', 'max'), fc.array(tie('numeric'), { minLength: 2, maxLength: 3 }))
      .map(([callee, args]) => ({ kind: 'call', name: callee, args, column: 1 }) as const),
    tie('numeric').map((argument) => ({ kind: 'call', name: 'abs', args: [argument], column: 1 }) as const),
  ),
  logical: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.boolean().map((value) => ({ kind: 'boolean', value, column: 1 }) as const),
    figure,
    tie('logical').map((operand) => ({ kind: 'unary', operator: 'not', operand, column: 1 }) as const),
    fc
      .tuple(fc.constantFrom('<', '<=', '>', '>=', '==', '!='), tie('numeric'), tie('numeric'))
      .map(([operator, left, right]) => ({ kind: 'binary', operator, left, right, column: 1 }) as const),
    fc
      .tuple(fc.constantFrom('==', '!=', 'and', 'or'), tie('logical'), tie('logical'))
      .map(([operator, left, right]) => ({ kind: 'binary', operator, left, right, column: 1 }) as const),
  ),
}))

const tokenSoup = fc
  .array(
    fc.constantFrom(
      'a',
      'b.c',
      '[0]',
      '[',
      ']',
      '1',
      '1e9',
      '1_000',
      '0.5',
      '(',
      ')',
      '+',
      '-',
      '*',
      '/',
      '<',
      '<=',
      '==',
      '!=',
      '=',
      'and',
      'or',
      'not',
      'AND',
      'min(',
      'abs(',
      'sqrt(',
      ',',
      'true',
      ' ',
      '.',
      '_',
      '&&',
      '😀',
    ),
    { maxLength: 25 },
  )
  .map((parts) => parts.join(''))

describe('printExpression', () => {
  it('returns canonical spacing and only the parentheses needed', () => {
    const text = printExpression(parseExpression('((a+b))/c>=1.2 and (x!=0)'))
    expect(text).toBe('(a + b) / c >= 1.2 and x != 0')
  })
  it('returns parentheses that keep right-nested and compared operands apart', () => {
    expect(printExpression(parseExpression('a - (b - c)'))).toBe('a - (b - c)')
    expect(printExpression(parseExpression('(a < b) == (c < d)'))).toBe('(a < b) == (c < d)')
    expect(printExpression(parseExpression('not (a or b)'))).toBe('not (a or b)')
    expect(printExpression(parseExpression('- -a'))).toBe('-(-a)')
  })
  it('returns text that parses back to the same tree (property)', () => {
    fc.assert(
      fc.property(fc.oneof(numeric, logical), (ast) => {
        const text = printExpression(ast)
        expect(shape(parseExpression(text))).toEqual(shape(ast))
        expect(printExpression(parseExpression(text))).toBe(text)
      }),
      { numRuns: 2000 },
    )
  })
})

describe('parseExpression on arbitrary input', () => {
  const parsesOrRefuses = (text: string): void => {
    let ast: ExpressionAst
    try {
      ast = parseExpression(text)
    } catch (error) {
      expect(error).toBeInstanceOf(UserError)
      return
    }
    expect(shape(parseExpression(printExpression(ast)))).toEqual(shape(ast))
    try {
      evaluateExpression(ast, () => 1)
    } catch (error) {
      // A figure read as 1 where true/false is needed is the only way evaluation may refuse.
      expect(error).toBeInstanceOf(UserError)
    }
  }
  it('returns a tree or throws UserError, never anything else, for random strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), parsesOrRefuses), { numRuns: 3000 })
  })
  it('returns a tree or throws UserError for random token sequences', () => {
    fc.assert(fc.property(tokenSoup, parsesOrRefuses), { numRuns: 5000 })
  })
})
