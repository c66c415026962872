/**
 * @module expression/parser
 * A recursive-descent parser for indicator expressions. The grammar, loosest binding first:
 *
 * ```
 * expression     := or
 * or             := and ('or' and)*
 * and            := not ('and' not)*
 * not            := 'not' not | comparison
 * comparison     := additive (('<' | '<=' | '>' | '>=' | '==' | '!=') additive)?
 * additive       := multiplicative (('+' | '-') multiplicative)*
 * multiplicative := unary (('*' | '/') unary)*
 * unary          := '-' unary | primary
 * primary        := number | 'true' | 'false' | call | figure | '(' expression ')'
 * call           := ('min' | 'max' | 'abs') '(' expression (',' expression)* ')'
 * figure         := name ('.' name | '[' digits ']')*
 * ```
 *
 * Types are checked here, from the text alone: arithmetic and `< <= > >=` need numbers, `and or not`
 * need true/false, and a bare figure may be either until it is read. `not` binds looser than a comparison,
 * so `not a < b` means `not (a < b)`.
 */
import type { IssuePath } from '../errors.ts'
import type { BinaryOperator, ExpressionAst, FigureSegment, FunctionName } from './ast.ts'
import { formatFigurePath, functionArity, isComparison, staticType } from './ast.ts'
import { keywords, syntaxError, type Token, tokenize } from './lexer.ts'

/** Deeper nesting than this is refused rather than risking the call stack. */
export const maxNestingDepth = 64

const operandExpectation = "a number, a figure name or '('"

/** Optional context for errors. */
export interface ParseOptions {
  /** Where the expression sits in its input (e.g. `['risks', 2, 'indicators', 0, 'expression']`). */
  readonly path?: IssuePath
}

/**
 * Parses `text` into a syntax tree, or throws a `UserError` (code `invalid_expression`) naming the column
 * and what was expected there.
 * @example
 * parseExpression('finance.runwayMonths < 9').kind //=> 'binary'
 * parseExpression('2 *') // throws "expected a number, a figure name or '(' after '*' at column 4, …"
 */
export function parseExpression(text: string, options: ParseOptions = {}): ExpressionAst {
  const path = options.path ?? []
  const tokens = tokenize(text, path)
  let position = 0
  let depth = 0

  const peek = (): Token => tokens[position]!
  const previous = (): Token | undefined => tokens[position - 1]
  const advance = (): Token => tokens[position++]!
  const isSymbol = (symbol: string): boolean => peek().kind === 'symbol' && peek().text === symbol
  const isKeyword = (word: string): boolean => peek().kind === 'keyword' && peek().text === word

  const describe = (token: Token): string => {
    if (token.kind === 'end') return 'the end of the expression'
    if (token.kind === 'number') return `the number ${token.text}`
    if (token.kind === 'name') return `the name '${token.text}'`
    return `'${token.text}'`
  }

  const fail = (expected: string, token: Token = peek()): never => {
    const before = previous()
    const after = before ? ` after '${before.text}'` : ''
    // `a AND b` reads as a figure followed by junk; say what went wrong instead.
    const shouted = [token, before].find(
      (near) => near?.kind === 'name' && keywords.has(near.text.toLowerCase()),
    )
    const hint = shouted ? ` (keywords are lower-case: write '${shouted.text.toLowerCase()}')` : ''
    throw syntaxError(`expected ${expected}${after}, found ${describe(token)}${hint}`, token.column, path, {
      expected,
      found: token.text,
    })
  }

  const typeError = (message: string, column: number): never => {
    throw syntaxError(message, column, path, { reason: 'type' })
  }

  const requireType = (
    node: ExpressionAst,
    wanted: 'number' | 'boolean',
    operator: string,
    column: number,
  ) => {
    const actual = staticType(node)
    if (actual === 'either' || actual === wanted) return
    const found = actual === 'boolean' ? 'a comparison or true/false' : 'a number'
    const need = wanted === 'number' ? 'a number' : 'a comparison or true/false'
    typeError(`'${operator}' needs ${need} but found ${found}`, column)
  }

  const enter = (): void => {
    depth++
    if (depth > maxNestingDepth) {
      throw syntaxError(`the expression nests deeper than ${maxNestingDepth} levels`, peek().column, path, {})
    }
  }

  const parseLogical = (word: 'and' | 'or', next: () => ExpressionAst): ExpressionAst => {
    let left = next()
    while (isKeyword(word)) {
      const operator = advance()
      const right = next()
      requireType(left, 'boolean', word, operator.column)
      requireType(right, 'boolean', word, operator.column)
      left = { kind: 'binary', operator: word, left, right, column: operator.column }
    }
    return left
  }

  const parseOr = (): ExpressionAst => parseLogical('or', parseAnd)
  const parseAnd = (): ExpressionAst => parseLogical('and', parseNot)

  const parseNot = (): ExpressionAst => {
    if (!isKeyword('not')) return parseComparison()
    const operator = advance()
    enter()
    const operand = parseNot()
    depth--
    requireType(operand, 'boolean', 'not', operator.column)
    return { kind: 'unary', operator: 'not', operand, column: operator.column }
  }

  const parseComparison = (): ExpressionAst => {
    const left = parseAdditive()
    const token = peek()
    if (token.kind !== 'symbol' || !isComparison(token.text)) return left
    advance()
    const right = parseAdditive()
    const operator = token.text
    if (operator === '==' || operator === '!=') {
      const types = new Set([staticType(left), staticType(right)])
      if (types.has('number') && types.has('boolean')) {
        typeError(`'${operator}' compares a number with true/false`, token.column)
      }
    } else {
      requireType(left, 'number', operator, token.column)
      requireType(right, 'number', operator, token.column)
    }
    const after = peek()
    if (after.kind === 'symbol' && isComparison(after.text)) {
      typeError("comparisons cannot be chained; write 'a < b and b < c'", after.column)
    }
    return { kind: 'binary', operator, left, right, column: token.column }
  }

  const parseArithmetic = (operators: readonly string[], next: () => ExpressionAst): ExpressionAst => {
    let left = next()
    while (peek().kind === 'symbol' && operators.includes(peek().text)) {
      const operator = advance()
      const right = next()
      requireType(left, 'number', operator.text, operator.column)
      requireType(right, 'number', operator.text, operator.column)
      const symbol = operator.text as BinaryOperator
      left = { kind: 'binary', operator: symbol, left, right, column: operator.column }
    }
    return left
  }

  const parseAdditive = (): ExpressionAst => parseArithmetic(['+', '-'], parseMultiplicative)
  const parseMultiplicative = (): ExpressionAst => parseArithmetic(['*', '/'], parseUnary)

  const parseUnary = (): ExpressionAst => {
    if (!isSymbol('-')) return parsePrimary()
    const operator = advance()
    enter()
    const operand = parseUnary()
    depth--
    requireType(operand, 'number', '-', operator.column)
    return { kind: 'unary', operator: '-', operand, column: operator.column }
  }

  const parsePrimary = (): ExpressionAst => {
    const token = peek()
    if (token.kind === 'number') {
      advance()
      return { kind: 'number', value: token.value!, column: token.column }
    }
    if (token.kind === 'keyword' && (token.text === 'true' || token.text === 'false')) {
      advance()
      return { kind: 'boolean', value: token.text === 'true', column: token.column }
    }
    if (isSymbol('(')) {
      advance()
      enter()
      const inner = parseOr()
      depth--
      if (!isSymbol(')')) fail(`')' to close the '(' at column ${token.column}`)
      advance()
      return inner
    }
    if (token.kind === 'name') {
      advance()
      if (isSymbol('(')) return parseCall(token)
      return parseFigure(token)
    }
    return fail(operandExpectation)
  }

  const parseCall = (nameToken: Token): ExpressionAst => {
    const name = nameToken.text
    if (!Object.hasOwn(functionArity, name)) {
      const known = Object.keys(functionArity).sort().join(', ')
      typeError(`unknown function '${name}' (the functions are ${known})`, nameToken.column)
    }
    const functionName = name as FunctionName
    advance()
    enter()
    const args: ExpressionAst[] = []
    if (isSymbol(')')) fail(`an argument for '${name}'`)
    for (;;) {
      const argument = parseOr()
      requireType(argument, 'number', name, nameToken.column)
      args.push(argument)
      if (isSymbol(',')) {
        advance()
        continue
      }
      if (isSymbol(')')) break
      fail(`',' or ')' in the arguments of '${name}'`)
    }
    advance()
    depth--
    const arity = functionArity[functionName]
    if (args.length < arity.min || args.length > arity.max) {
      const count = arity.min === arity.max ? `exactly ${arity.min}` : `at least ${arity.min}`
      typeError(`'${name}' takes ${count} argument${arity.min === 1 ? '' : 's'}`, nameToken.column)
    }
    return { kind: 'call', name: functionName, args, column: nameToken.column }
  }

  const parseFigure = (first: Token): ExpressionAst => {
    const segments: FigureSegment[] = [first.text]
    for (;;) {
      if (isSymbol('.')) {
        advance()
        const next = peek()
        if (next.kind !== 'name' && next.kind !== 'keyword') fail('a name')
        segments.push(advance().text)
      } else if (isSymbol('[')) {
        advance()
        const index = peek()
        if (index.kind !== 'number' || !/^\d+$/.test(index.text)) fail('a whole-number index')
        advance()
        if (!isSymbol(']')) fail("']'")
        advance()
        segments.push(Number(index.text))
      } else {
        break
      }
    }
    return { kind: 'figure', path: segments, column: first.column }
  }

  const ast = parseOr()
  if (peek().kind !== 'end') fail('an operator or the end of the expression')
  return ast
}

/**
 * The distinct figures an expression reads, in order of first appearance.
 * @example
 * figureNames(parseExpression('a.b[0] > c and a.b[0] < 2')) //=> ['a.b[0]', 'c']
 */
export function figureNames(ast: ExpressionAst): string[] {
  const names = new Set<string>()
  const visit = (node: ExpressionAst): void => {
    if (node.kind === 'figure') names.add(formatFigurePath(node.path))
    else if (node.kind === 'unary') visit(node.operand)
    else if (node.kind === 'binary') {
      visit(node.left)
      visit(node.right)
    } else if (node.kind === 'call') node.args.forEach(visit)
  }
  visit(ast)
  return [...names]
}
