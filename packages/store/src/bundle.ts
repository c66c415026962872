/**
 * @module bundle
 * A whole workspace as one plain object (written as YAML by the server): every venture with every
 * version and bias upload. Ids are left out so a bundle imports into any server; export → import →
 * export gives the same bundle.
 */
import { z } from 'zod'
import { recordAudit } from './audit.ts'
import { type ChangeContext, newId } from './context.ts'
import type { Db } from './database.ts'
import { checkPlan, formatVersionOf } from './plan-check.ts'

const isoTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/, 'expected an ISO-8601 UTC time')

export const workspaceBundleSchema = z.strictObject({
  bundleFormat: z.literal('avp-workspace'),
  bundleVersion: z.literal(1),
  workspace: z.strictObject({ name: z.string().min(1).max(200) }),
  ventures: z.array(
    z.strictObject({
      name: z.string().min(1).max(200),
      createdAt: isoTime,
      versions: z
        .array(
          z.strictObject({
            number: z.number().int().positive(),
            createdAt: isoTime,
            authorEmail: z.string(),
            message: z.string(),
            basedOn: z.number().int().positive().nullable(),
            plan: z.unknown(),
          }),
        )
        .min(1),
      biasUploads: z.array(
        z.strictObject({
          fileName: z.string(),
          content: z.string(),
          uploadedBy: z.string(),
          createdAt: isoTime,
        }),
      ),
    }),
  ),
})

export type WorkspaceBundle = z.output<typeof workspaceBundleSchema>

/**
 * The workspace as a bundle (versions oldest first).
 * @example
 * (await exportWorkspace(db, workspaceId)).bundleFormat //=> 'avp-workspace'
 */
export async function exportWorkspace(db: Db, workspaceId: string): Promise<WorkspaceBundle> {
  const workspace = await db
    .selectFrom('workspaces')
    .select('name')
    .where('id', '=', workspaceId)
    .executeTakeFirstOrThrow()
  const ventures = await db
    .selectFrom('ventures')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .orderBy('name')
    .execute()
  const bundled: WorkspaceBundle['ventures'] = []
  for (const venture of ventures) {
    const versions = await db
      .selectFrom('planVersions')
      .selectAll()
      .where('ventureId', '=', venture.id)
      .orderBy('number')
      .execute()
    const uploads = await db
      .selectFrom('biasUploads')
      .select(['fileName', 'content', 'uploadedBy', 'createdAt'])
      .where('ventureId', '=', venture.id)
      .orderBy('createdAt')
      .orderBy('id')
      .execute()
    bundled.push({
      name: venture.name,
      createdAt: venture.createdAt,
      versions: versions.map((version) => ({
        number: version.number,
        createdAt: version.createdAt,
        authorEmail: version.authorEmail,
        message: version.message,
        basedOn: version.basedOn,
        plan: JSON.parse(version.planJson) as unknown,
      })),
      biasUploads: uploads,
    })
  }
  return {
    bundleFormat: 'avp-workspace',
    bundleVersion: 1,
    workspace: { name: workspace.name },
    ventures: bundled,
  }
}

/**
 * Creates a new workspace from a bundle, owned by the importing user, in one transaction. Every plan is
 * checked first (a `UserError` names the bad one), so a bad bundle writes nothing.
 */
export async function importWorkspace(
  db: Db,
  context: ChangeContext,
  bundle: WorkspaceBundle,
): Promise<{ id: string; name: string }> {
  for (const venture of bundle.ventures) {
    for (const version of venture.versions) checkPlan(version.plan)
  }
  const workspaceId = newId()
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('workspaces')
      .values({ id: workspaceId, name: bundle.workspace.name, isPublic: 0, createdAt: context.at })
      .execute()
    if (context.actor.id !== null) {
      await trx
        .insertInto('memberships')
        .values({ workspaceId, userId: context.actor.id, role: 'owner', createdAt: context.at })
        .execute()
    }
    for (const venture of bundle.ventures) {
      const ventureId = newId()
      const head = Math.max(...venture.versions.map((version) => version.number))
      await trx
        .insertInto('ventures')
        .values({
          id: ventureId,
          workspaceId,
          name: venture.name,
          headVersion: head,
          createdAt: venture.createdAt,
        })
        .execute()
      for (const version of venture.versions) {
        const author = await trx
          .selectFrom('users')
          .select('id')
          .where('email', '=', version.authorEmail)
          .executeTakeFirst()
        await trx
          .insertInto('planVersions')
          .values({
            id: newId(),
            ventureId,
            number: version.number,
            planJson: JSON.stringify(version.plan),
            formatVersion: formatVersionOf(version.plan),
            authorId: author?.id ?? null,
            authorEmail: version.authorEmail,
            message: version.message,
            basedOn: version.basedOn,
            createdAt: version.createdAt,
          })
          .execute()
      }
      for (const upload of venture.biasUploads) {
        await trx
          .insertInto('biasUploads')
          .values({ id: newId(), ventureId, ...upload, byteLength: Buffer.byteLength(upload.content) })
          .execute()
      }
    }
    await recordAudit(trx, context, {
      workspaceId,
      action: 'workspace.import',
      target: workspaceId,
      detail: { name: bundle.workspace.name, ventures: bundle.ventures.length },
    })
  })
  return { id: workspaceId, name: bundle.workspace.name }
}
