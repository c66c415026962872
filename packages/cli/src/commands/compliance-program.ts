/**
 * @module commands/compliance-program
 * Registers `avp compliance` (alias `comply`) and `avp audit bias` with bilingual help and examples.
 */
import { translate } from '@avp/core'
import type { CommandContext, ProgramCommand } from '../command-context.ts'
import { helpExamples } from '../help-text.ts'
import { runAuditBias } from './audit-bias.ts'
import { runCompliance } from './compliance.ts'

export function registerComplianceCommands(
  program: ProgramCommand,
  context: CommandContext,
  setExitCode: (code: number) => void,
): void {
  const { language } = context
  const t = (key: Parameters<typeof translate>[1]) => translate(language, key)
  const examples = (lines: readonly string[]) => helpExamples(language, lines)
  program
    .command('compliance')
    .alias('comply')
    .description(t('compliance.commandDescription'))
    .argument('<plan>', 'plan.yaml | plan.json')
    .option('--as-of <date>', t('compliance.asOfOption'))
    .option('--json', t('cli.jsonOption'))
    .addHelpText(
      'after',
      examples([
        'avp compliance examples/llm-api-cn-eu.yaml',
        'avp comply plan.yaml --as-of 2027-12-02',
        'avp compliance plan.yaml --json > compliance.json',
        'avp compliance examples/medical-imaging.yaml --lang zh',
      ]),
    )
    .action(async (file, options) => setExitCode(await runCompliance(file, options, context)))
  const audit = program.command('audit').description(t('compliance.auditDescription'))
  audit
    .command('bias')
    .description(t('compliance.biasDescription'))
    .argument('<csv>', 'data.csv')
    .requiredOption('-g, --group <columns>', t('compliance.groupOption'))
    .requiredOption('-s, --selected <column>', t('compliance.selectedOption'))
    .option('--label <column>', t('compliance.labelOption'))
    .option('--score <column>', t('compliance.scoreOption'))
    .option('--exclude-small', t('compliance.excludeSmallOption'))
    .option('--empty-as-unknown', t('compliance.emptyAsUnknownOption'))
    .option('--privileged <attribute=value...>', t('compliance.privilegedOption'))
    .option('--json', t('cli.jsonOption'))
    .option('-o, --out <file>', t('cli.reportOutOption'))
    .addHelpText(
      'after',
      examples([
        'avp audit bias examples/hiring-audit.csv --group sex,race --selected hired',
        'avp audit bias examples/hiring-audit.csv --group sex,race --selected hired --label qualified --score score --json',
        'avp audit bias data.csv --group sex --selected hired --privileged sex=Male --out bias.html',
        'avp audit bias data.csv --group race --selected hired --exclude-small --lang zh',
      ]),
    )
    .action(async (file, options) => setExitCode(await runAuditBias(file, options, context)))
}
