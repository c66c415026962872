/**
 * @module commands/risks-program
 * Registers `avp risks` and `avp risks suggest` with bilingual help and examples.
 */
import { translate } from '@avp/core'
import type { CommandContext, ProgramCommand } from '../command-context.ts'
import { helpExamples } from '../help-text.ts'
import { parseNumber } from './compute-options.ts'
import { runRisks, runRisksSuggest } from './risks.ts'
import { runRisksCompare } from './risks-compare.ts'

export function registerRiskCommands(
  program: ProgramCommand,
  context: CommandContext,
  setExitCode: (code: number) => void,
): void {
  const { language } = context
  const t = (key: Parameters<typeof translate>[1]) => translate(language, key)
  const examples = (lines: readonly string[]) => helpExamples(language, lines)
  const risks = program
    .command('risks')
    .description(t('risk.cli.description'))
    .argument('<plan>', 'plan.yaml | plan.json')
    .option('--json', t('cli.jsonOption'))
    .option('--simulate', t('risk.cli.simulateOption'))
    .option('--years <n>', t('risk.cli.yearsOption'), parseNumber)
    .option('--seed <n>', t('risk.cli.seedOption'), parseNumber)
    .addHelpText(
      'after',
      examples([
        'avp risks examples/llm-api-cn-eu.yaml',
        'avp risks plan.yaml --simulate --years 100000 --seed 7',
        'avp risks plan.yaml --json --simulate > risks.json',
        'avp risks suggest plan.yaml --lang zh',
        'avp risks compare plan-v1.yaml plan-v2.yaml',
      ]),
    )
    .action(async (file, options) => setExitCode(await runRisks(file, options, context)))
  risks
    .command('suggest')
    .description(t('risk.cli.suggestDescription'))
    .argument('<plan>', 'plan.yaml | plan.json')
    .option('--json', t('cli.jsonOption'))
    .addHelpText(
      'after',
      examples([
        'avp risks suggest plan.yaml',
        'avp risks suggest examples/speech-hardware.yaml --json --lang zh',
      ]),
    )
    // Commander hands a --json written after `suggest` to `risks`, which declares it too: honour either.
    .action(async (file, options) =>
      setExitCode(await runRisksSuggest(file, { json: Boolean(options.json ?? risks.opts().json) }, context)),
    )
  risks
    .command('compare')
    .description(t('risk.cli.compareDescription'))
    .argument('<before>', 'plan.yaml')
    .argument('<after>', 'plan.yaml')
    .option('--json', t('cli.jsonOption'))
    .addHelpText(
      'after',
      examples([
        'avp risks compare plan-v1.yaml plan-v2.yaml',
        'git show HEAD~1:plan.yaml > old.yaml && avp risks compare old.yaml plan.yaml',
      ]),
    )
    .action(async (before, after, options) =>
      setExitCode(
        await runRisksCompare(before, after, { json: Boolean(options.json ?? risks.opts().json) }, context),
      ),
    )
}
