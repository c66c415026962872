/**
 * @module commands/waterfall.command
 * `avp waterfall plan.yaml --exit USD [--costs USD] [--debt USD] [--json]`.
 */
import { type CommandSpec, jsonOption, planArgument } from '../command-spec.ts'

export const waterfallCommand: CommandSpec = {
  name: 'waterfall',
  description: (t) => t('finance.cli.waterfallDescription'),
  arguments: [planArgument],
  options: [
    { flags: '--exit <usd>', description: (t) => t('finance.cli.waterfallExitOption'), required: true },
    { flags: '--costs <usd>', description: (t) => t('finance.cli.waterfallCostsOption') },
    { flags: '--debt <usd>', description: (t) => t('finance.cli.waterfallDebtOption') },
    jsonOption,
  ],
  examples: [
    'avp waterfall plan.yaml --exit 250000000',
    'avp waterfall plan.yaml --exit 80000000 --costs 2000000 --json',
  ],
  run: async ({ args, options, context }) =>
    (await import('./waterfall.ts')).runWaterfall(args[0]!, options, context),
}
