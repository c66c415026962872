/**
 * @module commands/audit.command
 * `avp audit bias data.csv --group … --selected …`: the bias audit of a decisions file.
 */
import { type CommandSpec, jsonOption } from '../command-spec.ts'

const biasCommand: CommandSpec = {
  name: 'bias',
  description: (t) => t('compliance.biasDescription'),
  arguments: [{ name: '<csv>', description: 'data.csv' }],
  options: [
    { flags: '-g, --group <columns>', description: (t) => t('compliance.groupOption'), required: true },
    { flags: '-s, --selected <column>', description: (t) => t('compliance.selectedOption'), required: true },
    { flags: '--label <column>', description: (t) => t('compliance.labelOption') },
    { flags: '--score <column>', description: (t) => t('compliance.scoreOption') },
    { flags: '--exclude-small', description: (t) => t('compliance.excludeSmallOption') },
    { flags: '--empty-as-unknown', description: (t) => t('compliance.emptyAsUnknownOption') },
    { flags: '--privileged <attribute=value...>', description: (t) => t('compliance.privilegedOption') },
    jsonOption,
    { flags: '-o, --out <file>', description: (t) => t('cli.reportOutOption') },
  ],
  examples: [
    'avp audit bias examples/hiring-audit.csv --group sex,race --selected hired',
    'avp audit bias examples/hiring-audit.csv --group sex,race --selected hired --label qualified --score score --json',
    'avp audit bias data.csv --group sex --selected hired --privileged sex=Male --out bias.html',
    'avp audit bias data.csv --group race --selected hired --exclude-small --lang zh',
  ],
  run: async ({ args, options, context }) =>
    (await import('./audit-bias.ts')).runAuditBias(args[0]!, options, context),
}

export const auditCommand: CommandSpec = {
  name: 'audit',
  description: (t) => t('compliance.auditDescription'),
  subcommands: [biasCommand],
}
