/**
 * @module commands/captable.command
 * `avp captable plan.yaml [--after ROUND] [--json]`.
 */
import { type CommandSpec, jsonOption, planArgument } from '../command-spec.ts'

export const captableCommand: CommandSpec = {
  name: 'captable',
  description: (t) => t('finance.cli.captableDescription'),
  arguments: [planArgument],
  options: [
    { flags: '--after <round>', description: (t) => t('finance.cli.captableAfterOption') },
    jsonOption,
  ],
  examples: ['avp captable plan.yaml', 'avp captable plan.yaml --after series-a --json'],
  run: async ({ args, options, context }) =>
    (await import('./captable.ts')).runCaptable(args[0]!, options, context),
}
