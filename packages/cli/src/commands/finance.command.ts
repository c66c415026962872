/**
 * @module commands/finance.command
 * `avp finance plan.yaml [--json]`.
 */
import { type CommandSpec, jsonOption, planArgument } from '../command-spec.ts'

export const financeCommand: CommandSpec = {
  name: 'finance',
  description: (t) => t('finance.cli.financeDescription'),
  arguments: [planArgument],
  options: [jsonOption],
  examples: ['avp finance plan.yaml', 'avp finance plan.yaml --json > finance.json'],
  run: async ({ args, options, context }) =>
    (await import('./finance.ts')).runFinance(args[0]!, options, context),
}
