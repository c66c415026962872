/**
 * @module commands/sync/pull
 * `avp pull --venture NAME [--out plan.yaml]`: writes a venture's newest (or a given) version to a plan
 * file. Local edits made since the last push or pull are never overwritten silently: the pull stops and
 * says so, unless `--force`.
 */
import { translate } from '@avp/core'
import { stringify } from 'yaml'
import { CliError } from '../../cli-error.ts'
import type { CommandContext } from '../../command-context.ts'
import { exitCodes } from '../../exit-codes.ts'
import { writeOrFail } from '../../write-file.ts'
import { connect, type SyncOptions } from './connect.ts'
import { findVenture, findWorkspace } from './remote-venture.ts'
import { readSyncState, textHash, writeSyncState } from './sync-state.ts'

export interface PullOptions extends SyncOptions {
  readonly out: string
  readonly version?: number
  readonly force?: boolean
}

export async function runPull(options: PullOptions, context: CommandContext): Promise<number> {
  const { io, language } = context
  const { session, server } = await connect(options, context)
  const workspace = await findWorkspace(session, options.workspace, language)
  const venture = await findVenture(session, workspace.id, options.venture)
  if (venture === undefined) {
    throw new CliError(
      [translate(language, 'sync.ventureNotFound', { venture: options.venture, workspace: workspace.name })],
      exitCodes.badInput,
    )
  }
  if (!options.force && (await io.exists(options.out))) {
    const state = await readSyncState(options.out, io)
    const current = textHash(await io.readText(options.out))
    if (state === undefined || state.textSha256 !== current) {
      throw new CliError(
        [translate(language, 'sync.localChanges', { file: options.out })],
        exitCodes.badInput,
      )
    }
  }
  const number = options.version ?? venture.headVersion
  const version = await session.call<{
    number: number
    plan: Record<string, unknown>
    authorEmail: string
    createdAt: string
  }>('GET', `/workspaces/${workspace.id}/ventures/${venture.id}/versions/${number}`)
  const header = `# ${translate(language, 'sync.pulledHeader', { venture: venture.name, version: version.number, author: version.authorEmail, at: version.createdAt })}\n`
  const text = header + stringify(version.plan, { lineWidth: 0 })
  await writeOrFail(io, options.out, text, language)
  await writeSyncState(
    options.out,
    {
      server,
      workspaceId: workspace.id,
      ventureId: venture.id,
      version: version.number,
      textSha256: textHash(text),
    },
    io,
  )
  io.stdout(
    `${translate(language, 'sync.pulled', { venture: venture.name, version: version.number, file: options.out })}\n`,
  )
  return exitCodes.ok
}
