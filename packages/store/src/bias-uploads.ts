/**
 * @module bias-uploads
 * Tables uploaded for a bias audit (CSV text), kept with the venture they audit.
 */
import { recordAudit } from './audit.ts'
import { type ChangeContext, newId } from './context.ts'
import type { Db } from './database.ts'

export interface BiasUploadSummary {
  readonly id: string
  readonly fileName: string
  readonly byteLength: number
  readonly uploadedBy: string
  readonly createdAt: string
}

export interface BiasUpload extends BiasUploadSummary {
  readonly content: string
}

export async function createBiasUpload(
  db: Db,
  context: ChangeContext,
  input: { workspaceId: string; ventureId: string; fileName: string; content: string },
): Promise<BiasUploadSummary> {
  const upload = {
    id: newId(),
    ventureId: input.ventureId,
    fileName: input.fileName,
    content: input.content,
    byteLength: Buffer.byteLength(input.content),
    uploadedBy: context.actor.email,
    createdAt: context.at,
  }
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('biasUploads').values(upload).execute()
    await recordAudit(trx, context, {
      workspaceId: input.workspaceId,
      action: 'bias_upload.create',
      target: input.ventureId,
      detail: { uploadId: upload.id, fileName: input.fileName, byteLength: upload.byteLength },
    })
  })
  const { content: _content, ventureId: _ventureId, ...summary } = upload
  return summary
}

export async function listBiasUploads(db: Db, ventureId: string): Promise<BiasUploadSummary[]> {
  return db
    .selectFrom('biasUploads')
    .select(['id', 'fileName', 'byteLength', 'uploadedBy', 'createdAt'])
    .where('ventureId', '=', ventureId)
    .orderBy('createdAt')
    .orderBy('id')
    .execute()
}

export async function findBiasUpload(db: Db, ventureId: string, id: string): Promise<BiasUpload | undefined> {
  return db
    .selectFrom('biasUploads')
    .select(['id', 'fileName', 'byteLength', 'uploadedBy', 'createdAt', 'content'])
    .where('ventureId', '=', ventureId)
    .where('id', '=', id)
    .executeTakeFirst()
}
