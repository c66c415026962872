/**
 * @module commands/analyze.command
 * `avp analyze plan.yaml [--json]`.
 */
import { type CommandSpec, jsonOption, planArgument } from '../command-spec.ts'

export const analyzeCommand: CommandSpec = {
  name: 'analyze',
  description: (t) => t('cli.analyzeDescription'),
  arguments: [planArgument],
  options: [jsonOption],
  examples: ['avp analyze plan.yaml', 'avp analyze plan.yaml --json > analysis.json'],
  run: async ({ args, options, context }) =>
    (await import('./analyze.ts')).runAnalyze(args[0]!, options, context),
}
