/**
 * @module commands/sync/api-errors
 * A refused API call turned into a translated message, listing a refused plan's issues.
 */
import { formatIssue, type Issue, translate } from '@avp/core'
import { CliError } from '../../cli-error.ts'
import type { CommandContext } from '../../command-context.ts'
import { exitCodes } from '../../exit-codes.ts'
import { ApiError } from './api-client.ts'

/** Runs `work`, turning an `ApiError` into a `CliError` (exit 2) in the user's language. */
export async function withApiErrors(context: CommandContext, work: () => Promise<number>): Promise<number> {
  try {
    return await work()
  } catch (error) {
    if (!(error instanceof ApiError)) throw error
    const issues = ((error.body.error as { issues?: Issue[] } | undefined)?.issues ?? []).map(
      (issue) => `  ${formatIssue(issue, context.language)}`,
    )
    const line = translate(context.language, 'sync.apiFailed', {
      status: error.status,
      reason: error.message,
    })
    throw new CliError([line, ...issues], exitCodes.badInput)
  }
}
