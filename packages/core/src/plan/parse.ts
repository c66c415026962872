/**
 * @module plan/parse
 * From text (YAML or JSON) or plain data to a validated `VenturePlan`. Every problem is collected, not
 * only the first, and each carries its path and, for text, its line and column.
 */
import { type Document, isMap, isNode, isPair, isScalar, LineCounter, parseDocument } from 'yaml'
import { type Issue, type IssuePath, UserError } from '../errors.ts'
import { fromZodIssue } from './issues.ts'
import { migratePlan, type PlanNotice } from './migrate.ts'
import { checkReferences } from './references.ts'
import { type VenturePlan, venturePlanSchema } from './venture-plan.ts'

export interface ParsePlanOptions {
  /** Shown in positions, e.g. `plan.yaml:23:13`. */
  readonly fileName?: string
}

export type ParsePlanResult =
  | { readonly ok: true; readonly plan: VenturePlan; readonly notices: readonly PlanNotice[] }
  | { readonly ok: false; readonly issues: readonly Issue[] }

/** Validates plain data (an API body, a stored version): migrations, schema and cross-field checks. */
export function validatePlan(data: unknown): ParsePlanResult {
  const migrated = migratePlan(data)
  if (!migrated.ok) return migrated
  const result = venturePlanSchema.safeParse(migrated.data, { reportInput: true })
  if (!result.success) {
    return {
      ok: false,
      issues: result.error.issues.flatMap((issue) => fromZodIssue(issue, venturePlanSchema, migrated.data)),
    }
  }
  const issues = checkReferences(result.data)
  return issues.length > 0
    ? { ok: false, issues }
    : { ok: true, plan: result.data, notices: migrated.notices }
}

/**
 * Parses a plan from YAML or JSON text (JSON is read as YAML 1.2, of which it is a subset, so both get
 * positions). Never throws for bad input: the result lists every issue.
 */
export function parsePlanText(text: string, options: ParsePlanOptions = {}): ParsePlanResult {
  const lineCounter = new LineCounter()
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true })
  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset)
    return options.fileName === undefined
      ? { line, column: col }
      : { file: options.fileName, line, column: col }
  }
  if (document.errors.length > 0) {
    return {
      ok: false,
      issues: document.errors.map((error) => ({
        code: 'syntax',
        path: [],
        message: error.message.split('\n')[0] ?? error.code,
        params: { detail: error.message.split('\n')[0] ?? error.code },
        source: position(error.pos[0]),
      })),
    }
  }
  let data: unknown
  try {
    data = document.toJS({ maxAliasCount: 100 })
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    return { ok: false, issues: [{ code: 'syntax', path: [], message: detail, params: { detail } }] }
  }
  const result = validatePlan(data)
  if (result.ok) return result
  return { ok: false, issues: locate(document, lineCounter, result.issues, options.fileName) }
}

/**
 * Adds line and column to issues found after parsing (e.g. an indicator naming an unknown figure, which
 * only `analyze` can tell), by looking their paths up in the plan's text.
 */
export function locateIssues(
  text: string,
  issues: readonly Issue[],
  options: ParsePlanOptions = {},
): Issue[] {
  const lineCounter = new LineCounter()
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false })
  return locate(document, lineCounter, issues, options.fileName)
}

function locate(
  document: Document,
  lineCounter: LineCounter,
  issues: readonly Issue[],
  fileName?: string,
): Issue[] {
  const located = issues.map((issue) => {
    const offset = offsetOf(document, issue)
    if (offset === undefined) return issue
    const { line, col } = lineCounter.linePos(offset)
    return {
      ...issue,
      source: fileName === undefined ? { line, column: col } : { file: fileName, line, column: col },
    }
  })
  return located.sort(byPosition)
}

/** Like `parsePlanText`, but throws a `UserError` carrying every issue. */
export function parsePlan(
  text: string,
  options: ParsePlanOptions = {},
): { plan: VenturePlan; notices: readonly PlanNotice[] } {
  const result = parsePlanText(text, options)
  if (!result.ok) {
    throw new UserError('invalid_plan', `The plan has ${result.issues.length} problem(s)`, result.issues)
  }
  return { plan: result.plan, notices: result.notices }
}

function byPosition(a: Issue, b: Issue): number {
  return (a.source?.line ?? 0) - (b.source?.line ?? 0) || (a.source?.column ?? 0) - (b.source?.column ?? 0)
}

/**
 * The text offset an issue points at: the offending value, the unknown key itself, or for a missing
 * key the nearest enclosing node that exists.
 */
function offsetOf(document: Document, issue: Issue): number | undefined {
  const path: IssuePath = issue.path
  if (issue.code === 'unknown_key' && path.length > 0) {
    const parent = document.getIn(path.slice(0, -1), true)
    if (isMap(parent)) {
      const key = path[path.length - 1]
      const pair = parent.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key)
      if (pair !== undefined && isNode(pair.key) && pair.key.range) return pair.key.range[0]
    }
  }
  for (let length = path.length; length >= 0; length--) {
    const node = length === 0 ? document.contents : document.getIn(path.slice(0, length), true)
    if (isNode(node) && node.range) return node.range[0]
  }
  return undefined
}
