/**
 * @module commands/report.command
 * `avp report plan.yaml --out report.html|report.md`.
 */
import { type CommandSpec, planArgument } from '../command-spec.ts'

export const reportCommand: CommandSpec = {
  name: 'report',
  description: (t) => t('cli.reportDescription'),
  arguments: [planArgument],
  options: [{ flags: '-o, --out <file>', description: (t) => t('cli.reportOutOption'), required: true }],
  examples: ['avp report plan.yaml --out report.html', 'avp report plan.yaml --out 报告.md --lang zh'],
  run: async ({ args, options, context }) =>
    (await import('./report.ts')).runReport(args[0]!, options, context),
}
