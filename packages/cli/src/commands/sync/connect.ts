/**
 * @module commands/sync/connect
 * The server and account a push or pull uses: `--server` (or AVP_SERVER, default http://localhost:8080)
 * and AVP_EMAIL / AVP_PASSWORD from the environment, with clear messages when they are missing or wrong.
 */
import { translate } from '@avp/core'
import { CliError } from '../../cli-error.ts'
import type { CommandContext } from '../../command-context.ts'
import { exitCodes } from '../../exit-codes.ts'
import { ApiError, type ApiSession, signIn } from './api-client.ts'

export interface SyncOptions {
  readonly venture: string
  readonly workspace?: string
  readonly server?: string
}

export async function connect(
  options: SyncOptions,
  context: CommandContext,
): Promise<{ session: ApiSession; server: string }> {
  const { io, language } = context
  const server = options.server ?? io.env.AVP_SERVER ?? 'http://localhost:8080'
  const email = io.env.AVP_EMAIL
  const password = io.env.AVP_PASSWORD
  if (email === undefined || password === undefined) {
    throw new CliError([translate(language, 'sync.credentialsMissing')], exitCodes.badInput)
  }
  try {
    return { session: await signIn(server, email, password), server }
  } catch (error) {
    if (error instanceof ApiError) {
      throw new CliError(
        [translate(language, 'sync.signInFailed', { server, reason: error.message })],
        exitCodes.badInput,
      )
    }
    throw new CliError(
      [translate(language, 'sync.unreachable', { server, reason: (error as Error).message })],
      exitCodes.badInput,
    )
  }
}
