/**
 * @module commands/finance-commands
 * Registers the finance commands on the program — `finance`, `captable`, `waterfall`, `simulate` — with
 * help and examples in the user's language.
 */
import { translate } from '@avp/core'
import type { CommandContext, ProgramCommand } from '../command-context.ts'
import { helpExamples } from '../help-text.ts'
import { runCaptable } from './captable.ts'
import { runFinance } from './finance.ts'
import { runSimulate } from './simulate.ts'
import { runWaterfall } from './waterfall.ts'

export function registerFinanceCommands(
  program: ProgramCommand,
  context: CommandContext,
  setExitCode: (code: number) => void,
): void {
  const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
    translate(context.language, key, params)
  const examples = (lines: readonly string[]) => helpExamples(context.language, lines)

  program
    .command('finance')
    .description(t('finance.cli.financeDescription'))
    .argument('<plan>', 'plan.yaml | plan.json')
    .option('--json', t('cli.jsonOption'))
    .addHelpText('after', examples(['avp finance plan.yaml', 'avp finance plan.yaml --json > finance.json']))
    .action(async (file, options) => setExitCode(await runFinance(file, options, context)))

  program
    .command('captable')
    .description(t('finance.cli.captableDescription'))
    .argument('<plan>', 'plan.yaml | plan.json')
    .option('--after <round>', t('finance.cli.captableAfterOption'))
    .option('--json', t('cli.jsonOption'))
    .addHelpText(
      'after',
      examples(['avp captable plan.yaml', 'avp captable plan.yaml --after series-a --json']),
    )
    .action(async (file, options) => setExitCode(await runCaptable(file, options, context)))

  program
    .command('waterfall')
    .description(t('finance.cli.waterfallDescription'))
    .argument('<plan>', 'plan.yaml | plan.json')
    .requiredOption('--exit <usd>', t('finance.cli.waterfallExitOption'))
    .option('--costs <usd>', t('finance.cli.waterfallCostsOption'))
    .option('--debt <usd>', t('finance.cli.waterfallDebtOption'))
    .option('--json', t('cli.jsonOption'))
    .addHelpText(
      'after',
      examples([
        'avp waterfall plan.yaml --exit 250000000',
        'avp waterfall plan.yaml --exit 80000000 --costs 2000000 --json',
      ]),
    )
    .action(async (file, options) => setExitCode(await runWaterfall(file, options, context)))

  program
    .command('simulate')
    .description(t('finance.cli.simulateDescription'))
    .argument('<plan>', 'plan.yaml | plan.json')
    .option('--runs <count>', t('finance.cli.simulateRunsOption'), '10000')
    .option('--seed <number>', t('finance.cli.simulateSeedOption'), '1')
    .option('--json', t('cli.jsonOption'))
    .addHelpText(
      'after',
      examples([
        'avp simulate plan.yaml --runs 10000',
        'avp simulate plan.yaml --runs 50000 --seed 7 --json',
      ]),
    )
    .action(async (file, options) => setExitCode(await runSimulate(file, options, context)))
}
