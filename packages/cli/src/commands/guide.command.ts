/**
 * @module commands/guide.command
 * `avp guide [topic] [--plan plan.yaml] [--json]`.
 */
import { type CommandSpec, jsonOption } from '../command-spec.ts'

export const guideCommand: CommandSpec = {
  name: 'guide',
  description: (t) => t('strategy.cli.guideDescription'),
  arguments: [{ name: '[topic]', description: (t) => t('strategy.cli.topicArgument') }],
  options: [{ flags: '-p, --plan <file>', description: (t) => t('strategy.cli.planOption') }, jsonOption],
  examples: [
    'avp guide',
    'avp guide financing --plan examples/llm-api-cn-eu.yaml',
    'avp guide 19 --lang zh --plan plan.yaml',
  ],
  run: async ({ args, options, context }) => (await import('./guide.ts')).runGuide(args[0], options, context),
}
