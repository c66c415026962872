/**
 * @module commands/push.command
 * `avp push plan.yaml --venture NAME`: saves the plan as a new version on a server.
 */
import type { CommandContext } from '../command-context.ts'
import type { CommandSpec, OptionSpec } from '../command-spec.ts'

/** The options `push` and `pull` share. */
export const serverOptions: readonly OptionSpec[] = [
  { flags: '--venture <name>', description: (t) => t('sync.ventureOption'), required: true },
  { flags: '--workspace <name>', description: (t) => t('sync.workspaceOption') },
  { flags: '--server <url>', description: (t) => t('sync.serverOption') },
]

/** Runs a sync command's module with API refusals turned into messages. */
export async function runSync(context: CommandContext, work: () => Promise<number>): Promise<number> {
  return (await import('./sync/api-errors.ts')).withApiErrors(context, work)
}

export const pushCommand: CommandSpec = {
  name: 'push',
  description: (t) => t('sync.pushDescription'),
  arguments: [{ name: '<plan>', description: 'plan.yaml' }],
  options: [
    ...serverOptions,
    { flags: '-m, --message <text>', description: (t) => t('sync.messageOption') },
    { flags: '-f, --force', description: (t) => t('sync.pushForceOption') },
  ],
  examples: [
    'AVP_EMAIL=me@example.com AVP_PASSWORD=… avp push plan.yaml --venture "Qiming" -m "GPU prices Q4"',
  ],
  run: async ({ args, options, context }) =>
    runSync(context, async () => (await import('./sync/push.ts')).runPush(args[0]!, options, context)),
}
