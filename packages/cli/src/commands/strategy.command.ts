/**
 * @module commands/strategy.command
 * `avp strategy plan.yaml [--json]`.
 */
import { type CommandSpec, jsonOption, planArgument } from '../command-spec.ts'

export const strategyCommand: CommandSpec = {
  name: 'strategy',
  description: (t) => t('strategy.cli.strategyDescription'),
  arguments: [planArgument],
  options: [jsonOption],
  examples: [
    'avp strategy plan.yaml',
    'avp strategy examples/llm-api-cn-eu.yaml --lang zh',
    'avp strategy plan.yaml --json > strategy.json',
  ],
  run: async ({ args, options, context }) =>
    (await import('./strategy.ts')).runStrategy(args[0]!, options, context),
}
