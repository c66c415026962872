/**
 * @module commands/simulate.command
 * `avp simulate plan.yaml [--runs N] [--seed N] [--json]`: the finance Monte Carlo.
 */
import { type CommandSpec, jsonOption, planArgument } from '../command-spec.ts'

export const simulateCommand: CommandSpec = {
  name: 'simulate',
  description: (t) => t('finance.cli.simulateDescription'),
  arguments: [planArgument],
  options: [
    { flags: '--runs <count>', description: (t) => t('finance.cli.simulateRunsOption'), default: '10000' },
    { flags: '--seed <number>', description: (t) => t('finance.cli.simulateSeedOption'), default: '1' },
    jsonOption,
  ],
  examples: ['avp simulate plan.yaml --runs 10000', 'avp simulate plan.yaml --runs 50000 --seed 7 --json'],
  run: async ({ args, options, context }) =>
    (await import('./simulate.ts')).runSimulate(args[0]!, options, context),
}
