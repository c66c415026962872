/**
 * @module validation-hook
 * @hono/zod-openapi's `defaultHook`: a request that breaks its schema is answered 400 with one issue per
 * problem, each with its path inside the body, query or parameters.
 */
import type { Issue } from '@avp/core'
import type { z } from 'zod'
import { HttpError } from './http-error.ts'

/**
 * Turns zod issues into the API's issues, the path prefixed with where they were found.
 * @example
 * toIssues(error, 'json')[0].path //=> ['json', 'email']
 */
export function toIssues(error: z.ZodError, target: string): Issue[] {
  return error.issues.map((issue) => ({
    code: issue.code,
    path: [target, ...issue.path.map((segment) => (typeof segment === 'symbol' ? String(segment) : segment))],
    message: issue.message,
  }))
}

/** Throws a 400 for a failed validation; does nothing for a passed one. */
export function validationHook(
  result: { success: true } | { success: false; error: z.ZodError; target: string },
): undefined {
  if (!result.success) {
    throw new HttpError(400, 'invalid_request', 'the request does not match the schema', {
      issues: toIssues(result.error, result.target),
    })
  }
  return undefined
}
