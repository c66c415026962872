/**
 * @module expression/evaluate
 * Evaluates a parsed expression against figures.
 *
 * When a value cannot be computed the result is *undefined* with a reason, never `Infinity` or `NaN`:
 * - dividing by zero (including `0 / 0`) is `division_by_zero`;
 * - a figure that exists but holds `null` is `missing_value` (e.g. runway when there is no burn);
 * - a figure that is not finite, or arithmetic that overflows, is `not_finite`.
 * Undefined spreads through arithmetic and comparisons; `and`/`or` follow three-valued (Kleene) logic, so
 * `x != 0 and y / x > 1` is plainly `false` when `x` is 0. A figure that does not exist at all is the
 * user's mistake and throws a `UserError` listing the closest known names.
 */
import type { IssuePath } from '../errors.ts'
import { UserError } from '../errors.ts'
import { closestNames } from '../text/closest.ts'
import type { ExpressionAst, FigureSegment } from './ast.ts'
import { formatFigurePath } from './ast.ts'
import { type FigureValue, listFigurePaths, readFigure } from './figures.ts'

/** Why an expression has no value. `column` points at the operator or figure responsible. */
export interface UndefinedReason {
  readonly code: 'division_by_zero' | 'missing_value' | 'not_finite'
  readonly column: number
  readonly message: string
  /** The figure responsible, for `missing_value` and a non-finite figure. */
  readonly figure?: string
}

export type Evaluation =
  | { readonly defined: true; readonly value: number | boolean }
  | { readonly defined: false; readonly reason: UndefinedReason }

/** Resolves a figure: a value, `null` for a figure without a value, `undefined` for no such figure. */
export type FigureLookup = (name: string, path: readonly FigureSegment[]) => FigureValue

export interface EvaluateOptions {
  /** Where the expression sits in its input, for the issues of a thrown `UserError`. */
  readonly path?: IssuePath
  /** For a lookup function: the names to suggest when a figure is unknown (a plain object lists its own). */
  readonly knownFigures?: () => Iterable<string>
}

type Value = number | boolean | UndefinedReason

/**
 * Evaluates `ast` over a lookup function or a plain analysis object.
 * @example
 * evaluateExpression(parseExpression('finance.runwayMonths < 9'), { finance: { runwayMonths: 7 } })
 * //=> { defined: true, value: true }
 * evaluateExpression(parseExpression('a / b'), { a: 1, b: 0 }).defined //=> false
 */
export function evaluateExpression(
  ast: ExpressionAst,
  figures: FigureLookup | object,
  options: EvaluateOptions = {},
): Evaluation {
  const lookup: FigureLookup =
    typeof figures === 'function' ? (figures as FigureLookup) : (_name, path) => readFigure(figures, path)
  const known =
    options.knownFigures ?? (typeof figures === 'function' ? () => [] : () => listFigurePaths(figures))
  const issuePath = options.path ?? []
  const values = resolveFigures(ast, lookup, known, issuePath)
  const result = evaluateNode(ast, values, issuePath)
  return typeof result === 'object' ? { defined: false, reason: result } : { defined: true, value: result }
}

/** Reads every figure once, up front, so all unknown names are reported together whatever the logic. */
function resolveFigures(
  ast: ExpressionAst,
  lookup: FigureLookup,
  known: () => Iterable<string>,
  issuePath: IssuePath,
): Map<string, FigureValue> {
  const values = new Map<string, FigureValue>()
  const unknown: Array<{ name: string; column: number }> = []
  const visit = (node: ExpressionAst): void => {
    if (node.kind === 'figure') {
      const name = formatFigurePath(node.path)
      if (values.has(name)) return
      const value = lookup(name, node.path)
      values.set(name, value)
      if (value === undefined) unknown.push({ name, column: node.column })
    } else if (node.kind === 'unary') visit(node.operand)
    else if (node.kind === 'binary') {
      visit(node.left)
      visit(node.right)
    } else if (node.kind === 'call') node.args.forEach(visit)
  }
  visit(ast)
  if (unknown.length === 0) return values
  const candidates = [...known()]
  const issues = unknown.map(({ name, column }) => {
    const suggestions = closestNames(name, candidates)
    const hint = suggestions.length > 0 ? `; did you mean ${suggestions.join(', ')}?` : ''
    return {
      code: 'unknown_figure',
      path: issuePath,
      message: `unknown figure '${name}' at column ${column}${hint}`,
      params: { figure: name, column, suggestions: suggestions.join(', ') },
    }
  })
  throw new UserError('unknown_figure', issues.map((issue) => issue.message).join('\n'), issues)
}

function isUndefined(value: Value): value is UndefinedReason {
  return typeof value === 'object'
}

function typeMismatch(node: ExpressionAst, wanted: string, context: string, issuePath: IssuePath): never {
  const subject = node.kind === 'figure' ? `figure '${formatFigurePath(node.path)}'` : 'a value'
  const message = `${subject} at column ${node.column} is not ${wanted}, but ${context} needs one`
  throw new UserError('expression_type', message, [
    { code: 'expression_type', path: issuePath, message, params: { column: node.column, wanted } },
  ])
}

function evaluateNode(node: ExpressionAst, values: Map<string, FigureValue>, issuePath: IssuePath): Value {
  const number = (child: ExpressionAst, context: string): number | UndefinedReason => {
    const value = evaluateNode(child, values, issuePath)
    if (isUndefined(value) || typeof value === 'number') return value
    return typeMismatch(child, 'a number', context, issuePath)
  }
  const truth = (child: ExpressionAst, context: string): boolean | UndefinedReason => {
    const value = evaluateNode(child, values, issuePath)
    if (isUndefined(value) || typeof value === 'boolean') return value
    return typeMismatch(child, 'true or false', context, issuePath)
  }
  const finite = (value: number, column: number): Value =>
    Number.isFinite(value)
      ? value
      : { code: 'not_finite', column, message: `the result at column ${column} is too large to represent` }

  switch (node.kind) {
    case 'number':
    case 'boolean':
      return node.value
    case 'figure': {
      const name = formatFigurePath(node.path)
      const value = values.get(name)
      if (value === null || value === undefined) {
        const message = `figure '${name}' has no value`
        return { code: 'missing_value', column: node.column, message, figure: name }
      }
      if (typeof value === 'number' && !Number.isFinite(value)) {
        const message = `figure '${name}' is not a finite number`
        return { code: 'not_finite', column: node.column, message, figure: name }
      }
      return value
    }
    case 'unary': {
      const context = `'${node.operator}' at column ${node.column}`
      if (node.operator === 'not') {
        const operand = truth(node.operand, context)
        return isUndefined(operand) ? operand : !operand
      }
      const operand = number(node.operand, context)
      return isUndefined(operand) ? operand : -operand
    }
    case 'call': {
      const context = `'${node.name}' at column ${node.column}`
      const args = node.args.map((argument) => number(argument, context))
      const missing = args.find(isUndefined)
      if (missing) return missing
      const numbers = args as number[]
      if (node.name === 'abs') return Math.abs(numbers[0]!)
      return node.name === 'min' ? Math.min(...numbers) : Math.max(...numbers)
    }
    case 'binary':
      return evaluateBinary(node, values, issuePath, number, truth, finite)
  }
}

function evaluateBinary(
  node: Extract<ExpressionAst, { kind: 'binary' }>,
  values: Map<string, FigureValue>,
  issuePath: IssuePath,
  number: (child: ExpressionAst, context: string) => number | UndefinedReason,
  truth: (child: ExpressionAst, context: string) => boolean | UndefinedReason,
  finite: (value: number, column: number) => Value,
): Value {
  const context = `'${node.operator}' at column ${node.column}`
  const { operator } = node
  if (operator === 'and' || operator === 'or') {
    const left = truth(node.left, context)
    const right = truth(node.right, context)
    // Kleene logic: a decisive side wins even when the other is undefined.
    const decisive = operator === 'or'
    if (left === decisive || right === decisive) return decisive
    if (isUndefined(left)) return left
    if (isUndefined(right)) return right
    return !decisive
  }
  if (operator === '==' || operator === '!=') {
    const left = evaluateNode(node.left, values, issuePath)
    const right = evaluateNode(node.right, values, issuePath)
    if (isUndefined(left)) return left
    if (isUndefined(right)) return right
    if (typeof left !== typeof right) {
      typeMismatch(node.right, typeof left === 'number' ? 'a number' : 'true or false', context, issuePath)
    }
    return operator === '==' ? left === right : left !== right
  }
  const left = number(node.left, context)
  const right = number(node.right, context)
  if (isUndefined(left)) return left
  if (isUndefined(right)) return right
  switch (operator) {
    case '<':
      return left < right
    case '<=':
      return left <= right
    case '>':
      return left > right
    case '>=':
      return left >= right
    case '+':
      return finite(left + right, node.column)
    case '-':
      return finite(left - right, node.column)
    case '*':
      return finite(left * right, node.column)
    case '/':
      if (right === 0) {
        const message = `division by zero at column ${node.column}`
        return { code: 'division_by_zero', column: node.column, message }
      }
      return finite(left / right, node.column)
  }
}
