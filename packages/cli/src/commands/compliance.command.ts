/**
 * @module commands/compliance.command
 * `avp compliance plan.yaml [--as-of DATE] [--json]` (alias `comply`).
 */
import { type CommandSpec, jsonOption, planArgument } from '../command-spec.ts'

export const complianceCommand: CommandSpec = {
  name: 'compliance',
  aliases: ['comply'],
  description: (t) => t('compliance.commandDescription'),
  arguments: [planArgument],
  options: [{ flags: '--as-of <date>', description: (t) => t('compliance.asOfOption') }, jsonOption],
  examples: [
    'avp compliance examples/llm-api-cn-eu.yaml',
    'avp comply plan.yaml --as-of 2027-12-02',
    'avp compliance plan.yaml --json > compliance.json',
    'avp compliance examples/medical-imaging.yaml --lang zh',
  ],
  run: async ({ args, options, context }) =>
    (await import('./compliance.ts')).runCompliance(args[0]!, options, context),
}
