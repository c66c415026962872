/**
 * @module expression
 * Safe indicator expressions over an analysis's figures: a fixed grammar, no `eval`. The only public door.
 */
export type {
  BinaryOperator,
  ExpressionAst,
  FigureSegment,
  FunctionName,
  StaticType,
} from './ast.ts'
export { formatFigurePath, staticType } from './ast.ts'
export type { EvaluateOptions, Evaluation, FigureLookup, UndefinedReason } from './evaluate.ts'
export { evaluateExpression } from './evaluate.ts'
export type { FigureValue, ListFigureOptions } from './figures.ts'
export { listFigurePaths, readFigure } from './figures.ts'
export type { ParseOptions } from './parser.ts'
export { figureNames, maxNestingDepth, parseExpression } from './parser.ts'
export { printExpression } from './print.ts'
