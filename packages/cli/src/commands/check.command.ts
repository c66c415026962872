/**
 * @module commands/check.command
 * `avp check plan.yaml [--json]`: exit 0 valid, 1 a red indicator, 2 bad input.
 */
import { type CommandSpec, jsonOption, planArgument } from '../command-spec.ts'

export const checkCommand: CommandSpec = {
  name: 'check',
  description: (t) => t('cli.checkDescription'),
  arguments: [planArgument],
  options: [jsonOption],
  examples: ['avp check plan.yaml', 'avp check examples/llm-api-cn-eu.yaml --lang zh'],
  run: async ({ args, options, context }) =>
    (await import('./check.ts')).runCheck(args[0]!, options, context),
}
