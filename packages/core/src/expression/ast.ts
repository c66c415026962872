/**
 * @module expression/ast
 * The syntax tree of an indicator expression. Plain data, so a parsed expression can be stored, sent to a
 * Web Worker or compared in a test. Every node records the 1-based column it starts at (for an operator:
 * the operator's column) so evaluation problems can point back into the text the user wrote.
 */

/** One step of a figure path: an object key or an array index (`compute.training[0]` → `compute`, `training`, 0). */
export type FigureSegment = string | number

/** The arithmetic operators, tightest-binding last. */
export type ArithmeticOperator = '+' | '-' | '*' | '/'

/** Comparisons are not chainable: `a < b < c` is a syntax error. */
export type ComparisonOperator = '<' | '<=' | '>' | '>=' | '==' | '!='

export type LogicalOperator = 'and' | 'or'

export type BinaryOperator = ArithmeticOperator | ComparisonOperator | LogicalOperator

/** The built-in functions; nothing else can be called. */
export type FunctionName = 'min' | 'max' | 'abs'

export interface NumberNode {
  readonly kind: 'number'
  /** Always finite and not negative: a leading minus is a `unary` node. */
  readonly value: number
  readonly column: number
}

export interface BooleanNode {
  readonly kind: 'boolean'
  readonly value: boolean
  readonly column: number
}

export interface FigureNode {
  readonly kind: 'figure'
  readonly path: readonly FigureSegment[]
  readonly column: number
}

export interface UnaryNode {
  readonly kind: 'unary'
  readonly operator: '-' | 'not'
  readonly operand: ExpressionAst
  readonly column: number
}

export interface BinaryNode {
  readonly kind: 'binary'
  readonly operator: BinaryOperator
  readonly left: ExpressionAst
  readonly right: ExpressionAst
  readonly column: number
}

export interface CallNode {
  readonly kind: 'call'
  readonly name: FunctionName
  readonly args: readonly ExpressionAst[]
  readonly column: number
}

export type ExpressionAst = NumberNode | BooleanNode | FigureNode | UnaryNode | BinaryNode | CallNode

/** What a node yields, as far as the text alone tells: a bare figure could hold either. */
export type StaticType = 'number' | 'boolean' | 'either'

export const functionArity: Readonly<Record<FunctionName, { readonly min: number; readonly max: number }>> = {
  abs: { min: 1, max: 1 },
  min: { min: 2, max: Number.POSITIVE_INFINITY },
  max: { min: 2, max: Number.POSITIVE_INFINITY },
}

const comparisonOperators: ReadonlySet<string> = new Set(['<', '<=', '>', '>=', '==', '!='])

/** @example isComparison('<=') //=> true */
export function isComparison(operator: string): operator is ComparisonOperator {
  return comparisonOperators.has(operator)
}

/**
 * The static type of a node, from its shape alone.
 * @example
 * staticType({ kind: 'number', value: 1, column: 1 }) //=> 'number'
 */
export function staticType(node: ExpressionAst): StaticType {
  switch (node.kind) {
    case 'number':
    case 'call':
      return 'number'
    case 'boolean':
      return 'boolean'
    case 'figure':
      return 'either'
    case 'unary':
      return node.operator === 'not' ? 'boolean' : 'number'
    case 'binary':
      return node.operator === 'and' || node.operator === 'or' || isComparison(node.operator)
        ? 'boolean'
        : 'number'
  }
}

/**
 * The figure path as users write it.
 * @example
 * formatFigurePath(['compute', 'training', 0, 'costUsd']) //=> 'compute.training[0].costUsd'
 */
export function formatFigurePath(path: readonly FigureSegment[]): string {
  let text = ''
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`
    else text += text === '' ? segment : `.${segment}`
  }
  return text
}
