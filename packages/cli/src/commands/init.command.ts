/**
 * @module commands/init.command
 * `avp init [file] [--template NAME] [--force]`.
 */
import type { CommandSpec } from '../command-spec.ts'
import { templateNames } from '../templates/names.ts'

export const initCommand: CommandSpec = {
  name: 'init',
  description: (t) => t('cli.initDescription'),
  arguments: [{ name: '[file]', description: 'plan.yaml', default: 'plan.yaml' }],
  options: [
    {
      flags: '-t, --template <name>',
      description: (t) => t('cli.initTemplateOption', { templates: templateNames.join(', ') }),
      default: 'starter',
    },
    { flags: '-f, --force', description: (t) => t('cli.initForceOption') },
  ],
  examples: ['avp init', 'avp init --template medical-imaging clinic.yaml', 'avp init --lang zh 计划.yaml'],
  run: async ({ args, options, context }) => (await import('./init.ts')).runInit(args[0]!, options, context),
}
