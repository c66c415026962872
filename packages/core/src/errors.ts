/**
 * @module errors
 * The error hierarchy of the workbench. A user mistake is a `UserError` carrying data (a code, a path and
 * parameters) that each interface renders in the user's language; nothing here formats for a terminal.
 */

/** A location inside a plan or another input: object keys and array indices, outermost first. */
export type IssuePath = ReadonlyArray<string | number>

/** One problem found in user input. Rendered to text by `formatIssue`, never by the thrower. */
export interface Issue {
  /** Stable machine-readable code, e.g. `invalid_type`, `unknown_key`, `out_of_range`. */
  readonly code: string
  /** Where the problem is, e.g. `['models', 0, 'training', 'gpus']`. */
  readonly path: IssuePath
  /** English message; interfaces translate from `code` and `params` when a translation exists. */
  readonly message: string
  /** Values the message interpolates (expected type, received value, suggestion, …). */
  readonly params?: Readonly<Record<string, string | number | boolean | null>>
  /** Position in the source text (1-based), when the input came from a file. */
  readonly source?: { readonly file?: string; readonly line: number; readonly column: number }
}

/** Base of every error this project throws on purpose. */
export abstract class AvpError extends Error {
  abstract readonly kind: 'user' | 'operational' | 'unexpected'
  readonly code: string

  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.code = code
    this.name = new.target.name
  }
}

/** Bad input or a broken business rule: the user can fix it. CLI exit code 2, HTTP 400. */
export class UserError extends AvpError {
  readonly kind = 'user' as const
  readonly issues: readonly Issue[]

  constructor(code: string, message: string, issues: readonly Issue[] = [], options?: { cause?: unknown }) {
    super(code, message, options)
    this.issues = issues
  }
}

/** A transient failure outside the user's control (a file system, a database, a browser). */
export class OperationalError extends AvpError {
  readonly kind = 'operational' as const
}

/** A bug: an invariant that should always hold did not. */
export class UnexpectedError extends AvpError {
  readonly kind = 'unexpected' as const
}

/** Renders a path the way users write it in their plan: `models[0].training.gpus`. */
export function formatPath(path: IssuePath): string {
  let text = ''
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) text += text === '' ? segment : `.${segment}`
    else text += `[${JSON.stringify(segment)}]`
  }
  return text === '' ? '(plan)' : text
}
