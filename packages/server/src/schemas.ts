/**
 * @module schemas
 * The API's request and response shapes: the zod schemas that validate requests are the ones the
 * OpenAPI document is generated from.
 */
import { z } from '@hono/zod-openapi'

export const errorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'invalid_plan' }),
      message: z.string(),
      issues: z
        .array(
          z.object({
            code: z.string(),
            path: z.array(z.union([z.string(), z.number()])).openapi({ example: ['plan', 'asOf'] }),
            message: z.string(),
          }),
        )
        .optional(),
    }),
  })
  .openapi('Error')

export const roleSchema = z.enum(['viewer', 'editor', 'owner']).openapi('Role')

export const userSchema = z
  .object({ id: z.string(), email: z.string(), displayName: z.string(), createdAt: z.string() })
  .openapi('User')

export const sessionSchema = z
  .object({
    user: userSchema,
    csrfToken: z.string().openapi({ description: 'Send as X-CSRF-Token on writes' }),
  })
  .openapi('Session')

export const signUpSchema = z
  .object({
    email: z.email().max(254),
    password: z.string().min(10).max(200),
    displayName: z.string().min(1).max(100),
  })
  .openapi('SignUp')

export const signInSchema = z
  .object({ email: z.string().max(254), password: z.string().max(200) })
  .openapi('SignIn')

export const workspaceSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    isPublic: z.boolean(),
    createdAt: z.string(),
    role: roleSchema,
  })
  .openapi('Workspace')

export const workspaceInputSchema = z
  .object({ name: z.string().trim().min(1).max(200) })
  .openapi('WorkspaceInput')

export const memberSchema = z
  .object({ userId: z.string(), email: z.string(), displayName: z.string(), role: roleSchema })
  .openapi('Member')

export const memberInputSchema = z
  .object({ email: z.string().max(254), role: roleSchema })
  .openapi('MemberInput')
export const memberRoleSchema = z.object({ role: roleSchema }).openapi('MemberRole')

export const ventureSchema = z
  .object({
    id: z.string(),
    workspaceId: z.string(),
    name: z.string(),
    headVersion: z.number(),
    createdAt: z.string(),
  })
  .openapi('Venture')

/** A plan as JSON; its own schema (`schema/venture-plan.schema.json`) is checked by `validatePlan`. */
const planBody = z
  .record(z.string(), z.unknown())
  .openapi({ description: 'A venture plan (see venture-plan.schema.json)' })

export const ventureInputSchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    plan: planBody,
    message: z.string().max(2000).default(''),
  })
  .openapi('VentureInput')

export const versionSummarySchema = z
  .object({
    number: z.number(),
    authorEmail: z.string(),
    message: z.string(),
    basedOn: z.number().nullable(),
    createdAt: z.string(),
    formatVersion: z.number(),
  })
  .openapi('VersionSummary')

export const versionSchema = versionSummarySchema
  .extend({
    plan: planBody,
    notices: z.array(z.object({ code: z.string(), from: z.number(), to: z.number() })),
  })
  .openapi('Version')

export const versionInputSchema = z
  .object({ plan: planBody, message: z.string().max(2000).default('') })
  .openapi('VersionInput')

export const diffSchema = z
  .object({
    from: z.number(),
    to: z.number(),
    changes: z.array(
      z.object({
        path: z.array(z.union([z.string(), z.number()])),
        kind: z.enum(['added', 'removed', 'changed']),
        before: z.unknown().optional(),
        after: z.unknown().optional(),
      }),
    ),
  })
  .openapi('Diff')

export const biasUploadSchema = z
  .object({
    id: z.string(),
    fileName: z.string(),
    byteLength: z.number(),
    uploadedBy: z.string(),
    createdAt: z.string(),
  })
  .openapi('BiasUpload')

export const biasUploadInputSchema = z
  .object({
    fileName: z.string().trim().min(1).max(200),
    content: z.string().min(1).openapi({ description: 'The table as CSV text' }),
  })
  .openapi('BiasUploadInput')

export const auditEntrySchema = z
  .object({
    id: z.string(),
    actorEmail: z.string(),
    action: z.string(),
    target: z.string(),
    detail: z.record(z.string(), z.unknown()),
    at: z.string(),
  })
  .openapi('AuditEntry')

export const idParam = z.string().min(1).max(100)
export const workspaceParams = z.object({ workspaceId: idParam })
export const ventureParams = workspaceParams.extend({ ventureId: idParam })
export const versionParams = ventureParams.extend({ number: z.coerce.number().int().positive() })

/** `{ 'application/json': { schema } }`, the common case. */
export function json<T extends z.ZodType>(schema: T, description: string) {
  return { content: { 'application/json': { schema } }, description }
}

/** The error responses a route documents. */
export function errors(...statuses: number[]) {
  return Object.fromEntries(statuses.map((status) => [status, json(errorSchema, `Error ${status}`)]))
}
