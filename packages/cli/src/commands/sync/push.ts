/**
 * @module commands/sync/push
 * `avp push plan.yaml --venture NAME`: saves the plan file as a new version of a venture on a server. The
 * plan is validated locally first; the save names the version the file was last in step with, so a push
 * over someone else's newer save is refused (exit 1) instead of overwriting it.
 */
import { translate } from '@avp/core'
import { parse } from 'yaml'
import { CliError } from '../../cli-error.ts'
import type { CommandContext } from '../../command-context.ts'
import { exitCodes } from '../../exit-codes.ts'
import { loadPlan } from '../../plan-file.ts'
import { ApiError } from './api-client.ts'
import { connect, type SyncOptions } from './connect.ts'
import { findVenture, findWorkspace } from './remote-venture.ts'
import { readSyncState, textHash, writeSyncState } from './sync-state.ts'

export interface PushOptions extends SyncOptions {
  readonly message?: string
  /** Save on top of the server's newest version even though the file was not pulled from it. */
  readonly force?: boolean
}

export async function runPush(file: string, options: PushOptions, context: CommandContext): Promise<number> {
  const { io, language } = context
  await loadPlan(file, io, language) // every local problem, with positions, before any network call
  const text = await io.readText(file)
  const plan = parse(text) as Record<string, unknown>
  const { session, server } = await connect(options, context)
  const workspace = await findWorkspace(session, options.workspace, language)
  const venture = await findVenture(session, workspace.id, options.venture)
  const message = options.message ?? translate(language, 'sync.defaultMessage', { file })
  if (venture === undefined) {
    const created = await session.call<{ id: string; headVersion: number }>(
      'POST',
      `/workspaces/${workspace.id}/ventures`,
      {
        body: { name: options.venture, plan, message },
      },
    )
    await writeSyncState(
      file,
      {
        server,
        workspaceId: workspace.id,
        ventureId: created.id,
        version: created.headVersion,
        textSha256: textHash(text),
      },
      io,
    )
    io.stdout(
      `${translate(language, 'sync.created', { venture: options.venture, workspace: workspace.name, version: created.headVersion })}\n`,
    )
    return exitCodes.ok
  }
  const state = await readSyncState(file, io)
  const basedOn =
    state?.ventureId === venture.id ? state.version : options.force ? venture.headVersion : undefined
  if (basedOn === undefined) {
    throw new CliError(
      [translate(language, 'sync.notPulled', { venture: venture.name, file })],
      exitCodes.badInput,
    )
  }
  try {
    const saved = await session.call<{ number: number }>(
      'POST',
      `/workspaces/${workspace.id}/ventures/${venture.id}/versions`,
      {
        body: { plan, message },
        ifMatch: basedOn,
      },
    )
    await writeSyncState(
      file,
      {
        server,
        workspaceId: workspace.id,
        ventureId: venture.id,
        version: saved.number,
        textSha256: textHash(text),
      },
      io,
    )
    io.stdout(
      `${translate(language, 'sync.pushed', { venture: venture.name, version: saved.number, basedOn })}\n`,
    )
    return exitCodes.ok
  } catch (error) {
    if (error instanceof ApiError && error.status === 409) {
      const latest = ((error.body.error as Record<string, unknown>)?.latest ?? {}) as {
        number?: number
        authorEmail?: string
        createdAt?: string
      }
      const line = translate(language, 'sync.stale', {
        venture: venture.name,
        basedOn,
        latest: latest.number ?? '?',
        author: latest.authorEmail ?? '?',
        at: latest.createdAt ?? '?',
      })
      io.stderr(`${line}\n`)
      return exitCodes.checkFailed
    }
    throw error
  }
}
