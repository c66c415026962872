/**
 * @module commands/sync/sync-state
 * What `avp pull` and `avp push` remember about a plan file: the server venture it mirrors, the version it
 * was last in step with, and a hash of the file's text then — kept beside the plan as `.<name>.avp-sync.json`
 * so the plan itself stays a plain plan. With it, a push names the version it was based on (a stale push
 * is refused by the server), and a pull never overwrites local edits silently.
 */
import { createHash } from 'node:crypto'
import { basename, dirname, join } from 'node:path'
import type { CliIo } from '../../io.ts'

export interface SyncState {
  readonly server: string
  readonly workspaceId: string
  readonly ventureId: string
  readonly version: number
  /** SHA-256 of the plan file's text as last pushed or pulled. */
  readonly textSha256: string
}

export function syncStateFile(planFile: string): string {
  return join(dirname(planFile), `.${basename(planFile)}.avp-sync.json`)
}

export function textHash(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}

/** The remembered state, or undefined when the file was never synced (or the record is unreadable). */
export async function readSyncState(planFile: string, io: CliIo): Promise<SyncState | undefined> {
  try {
    const state = JSON.parse(await io.readText(syncStateFile(planFile))) as Partial<SyncState>
    const valid =
      typeof state.server === 'string' &&
      typeof state.workspaceId === 'string' &&
      typeof state.ventureId === 'string' &&
      typeof state.version === 'number' &&
      typeof state.textSha256 === 'string'
    return valid ? (state as SyncState) : undefined
  } catch {
    return undefined
  }
}

export async function writeSyncState(planFile: string, state: SyncState, io: CliIo): Promise<void> {
  await io.writeTextAtomic(syncStateFile(planFile), `${JSON.stringify(state, null, 2)}\n`)
}
