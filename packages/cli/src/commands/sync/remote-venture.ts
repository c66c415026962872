/**
 * @module commands/sync/remote-venture
 * Finding the workspace and venture a push or pull is about, by name or id, with a message that lists the
 * choices when the name matches nothing (or more than one workspace could be meant).
 */
import { type Language, translate } from '@avp/core'
import { CliError } from '../../cli-error.ts'
import { exitCodes } from '../../exit-codes.ts'
import type { ApiSession } from './api-client.ts'

interface Workspace {
  readonly id: string
  readonly name: string
  readonly role: 'viewer' | 'editor' | 'owner'
  readonly isPublic: boolean
}

export interface Venture {
  readonly id: string
  readonly name: string
  readonly headVersion: number
}

/** The workspace named (by name or id), or the only one the user may write to. */
export async function findWorkspace(
  session: ApiSession,
  wanted: string | undefined,
  language: Language,
): Promise<Workspace> {
  const { workspaces } = await session.call<{ workspaces: Workspace[] }>('GET', '/workspaces')
  const writable = workspaces.filter((workspace) => workspace.role !== 'viewer')
  const matches =
    wanted === undefined
      ? writable
      : workspaces.filter((workspace) => workspace.id === wanted || workspace.name === wanted)
  if (matches.length === 1) return matches[0]!
  const choices =
    workspaces.map((workspace) => `"${workspace.name}" (${workspace.id}, ${workspace.role})`).join(', ') ||
    '—'
  const key = wanted === undefined ? 'sync.workspaceAmbiguous' : 'sync.workspaceNotFound'
  throw new CliError([translate(language, key, { workspace: wanted ?? '', choices })], exitCodes.badInput)
}

/** The venture with this name (or id) in the workspace, if there is one. */
export async function findVenture(
  session: ApiSession,
  workspaceId: string,
  wanted: string,
): Promise<Venture | undefined> {
  const { ventures } = await session.call<{ ventures: Venture[] }>(
    'GET',
    `/workspaces/${workspaceId}/ventures`,
  )
  return ventures.find((venture) => venture.id === wanted || venture.name === wanted)
}
