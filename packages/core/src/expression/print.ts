/**
 * @module expression/print
 * Turns a syntax tree back into text with the fewest parentheses that keep its meaning, so
 * `parseExpression(printExpression(ast))` gives back the same tree (columns aside).
 */
import type { BinaryOperator, ExpressionAst } from './ast.ts'
import { formatFigurePath } from './ast.ts'

const binaryPrecedence: Readonly<Record<BinaryOperator, number>> = {
  or: 1,
  and: 2,
  '<': 4,
  '<=': 4,
  '>': 4,
  '>=': 4,
  '==': 4,
  '!=': 4,
  '+': 5,
  '-': 5,
  '*': 6,
  '/': 6,
}
const notPrecedence = 3
const comparisonPrecedence = 4
const negatePrecedence = 7
const atomPrecedence = 8

function precedence(node: ExpressionAst): number {
  if (node.kind === 'binary') return binaryPrecedence[node.operator]
  if (node.kind === 'unary') return node.operator === 'not' ? notPrecedence : negatePrecedence
  return atomPrecedence
}

function printNumber(value: number): string {
  // `String` gives the shortest text that reads back as the same double; exponents stay parseable.
  return String(value)
}

function wrap(text: string, needed: boolean): string {
  return needed ? `(${text})` : text
}

/**
 * The canonical text of an expression.
 * @example
 * printExpression(parseExpression('(a+b)/c>=1.2 and x!=0')) //=> '(a + b) / c >= 1.2 and x != 0'
 */
export function printExpression(ast: ExpressionAst): string {
  switch (ast.kind) {
    case 'number':
      return printNumber(ast.value)
    case 'boolean':
      return ast.value ? 'true' : 'false'
    case 'figure':
      return formatFigurePath(ast.path)
    case 'call':
      return `${ast.name}(${ast.args.map(printExpression).join(', ')})`
    case 'unary': {
      const operand = printExpression(ast.operand)
      if (ast.operator === 'not') return `not ${wrap(operand, precedence(ast.operand) < notPrecedence)}`
      // `- -x` would read fine, but `-(-x)` is what people write.
      const parenthesize = precedence(ast.operand) < negatePrecedence || operand.startsWith('-')
      return `-${wrap(operand, parenthesize)}`
    }
    case 'binary': {
      const own = binaryPrecedence[ast.operator]
      // Comparisons do not chain, so either side that is itself a comparison needs parentheses.
      const leftNeeds =
        precedence(ast.left) < own || (own === comparisonPrecedence && precedence(ast.left) === own)
      // Everything else groups to the left, so an equal-precedence right side needs them.
      const rightNeeds = precedence(ast.right) <= own
      const left = wrap(printExpression(ast.left), leftNeeds)
      const right = wrap(printExpression(ast.right), rightNeeds)
      return `${left} ${ast.operator} ${right}`
    }
  }
}
