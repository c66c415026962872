/**
 * @module commands/pull.command
 * `avp pull --venture NAME [--out plan.yaml] [--version N]`: writes a venture's version to a plan file.
 */
import type { CommandSpec } from '../command-spec.ts'
import { parseNumber } from '../options.ts'
import { runSync, serverOptions } from './push.command.ts'

export const pullCommand: CommandSpec = {
  name: 'pull',
  description: (t) => t('sync.pullDescription'),
  options: [
    ...serverOptions,
    { flags: '-o, --out <file>', description: (t) => t('sync.outOption'), default: 'plan.yaml' },
    { flags: '--version <n>', description: (t) => t('sync.versionOption'), parse: parseNumber },
    { flags: '-f, --force', description: (t) => t('sync.pullForceOption') },
  ],
  examples: [
    'avp pull --venture "Qiming" --out plan.yaml',
    'avp pull --venture "Qiming" --version 3 --out v3.yaml',
  ],
  run: async ({ options, context }) =>
    runSync(context, async () => (await import('./sync/pull.ts')).runPull(options, context)),
}
