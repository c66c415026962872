/**
 * @module commands/sync/register
 * Registers `avp push` and `avp pull`, keeping a plan kept in git and the web workspace in step.
 */
import { formatIssue, type Issue, translate } from '@avp/core'
import { CliError } from '../../cli-error.ts'
import type { CommandContext, ProgramCommand } from '../../command-context.ts'
import { exitCodes } from '../../exit-codes.ts'
import { helpExamples } from '../../help-text.ts'
import { parseNumber } from '../compute-options.ts'
import { ApiError } from './api-client.ts'
import { runPull } from './pull.ts'
import { runPush } from './push.ts'

/** Turns a refused API call into a translated message, listing a refused plan's issues. */
async function guarded(context: CommandContext, work: () => Promise<number>): Promise<number> {
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

export function registerSyncCommands(
  program: ProgramCommand,
  context: CommandContext,
  setExitCode: (code: number) => void,
): void {
  const t = (key: Parameters<typeof translate>[1]) => translate(context.language, key)
  const examples = (lines: readonly string[]) => helpExamples(context.language, lines)
  program
    .command('push')
    .description(t('sync.pushDescription'))
    .argument('<plan>', 'plan.yaml')
    .requiredOption('--venture <name>', t('sync.ventureOption'))
    .option('--workspace <name>', t('sync.workspaceOption'))
    .option('--server <url>', t('sync.serverOption'))
    .option('-m, --message <text>', t('sync.messageOption'))
    .option('-f, --force', t('sync.pushForceOption'))
    .addHelpText(
      'after',
      examples([
        'AVP_EMAIL=me@example.com AVP_PASSWORD=… avp push plan.yaml --venture "Qiming" -m "GPU prices Q4"',
      ]),
    )
    .action(async (file, options) =>
      setExitCode(await guarded(context, () => runPush(file, options, context))),
    )
  program
    .command('pull')
    .description(t('sync.pullDescription'))
    .requiredOption('--venture <name>', t('sync.ventureOption'))
    .option('--workspace <name>', t('sync.workspaceOption'))
    .option('--server <url>', t('sync.serverOption'))
    .option('-o, --out <file>', t('sync.outOption'), 'plan.yaml')
    .option('--version <n>', t('sync.versionOption'), parseNumber)
    .option('-f, --force', t('sync.pullForceOption'))
    .addHelpText(
      'after',
      examples([
        'avp pull --venture "Qiming" --out plan.yaml',
        'avp pull --venture "Qiming" --version 3 --out v3.yaml',
      ]),
    )
    .action(async (options) => setExitCode(await guarded(context, () => runPull(options, context))))
}
