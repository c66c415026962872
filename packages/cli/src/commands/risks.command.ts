/**
 * @module commands/risks.command
 * `avp risks plan.yaml`, `avp risks suggest plan.yaml`, `avp risks compare before.yaml after.yaml`.
 */
import { type CommandSpec, jsonOption, planArgument } from '../command-spec.ts'
import { parseNumber } from '../options.ts'

// Commander hands a --json written after a subcommand to `risks`, which declares it too: honour either.
const json = (options: { json?: boolean }, parentOptions: { json?: boolean }) => ({
  json: Boolean(options.json ?? parentOptions.json),
})

const suggestCommand: CommandSpec = {
  name: 'suggest',
  description: (t) => t('risk.cli.suggestDescription'),
  arguments: [planArgument],
  options: [jsonOption],
  examples: [
    'avp risks suggest plan.yaml',
    'avp risks suggest examples/speech-hardware.yaml --json --lang zh',
  ],
  run: async ({ args, options, parentOptions, context }) =>
    (await import('./risks.ts')).runRisksSuggest(args[0]!, json(options, parentOptions), context),
}

const compareCommand: CommandSpec = {
  name: 'compare',
  description: (t) => t('risk.cli.compareDescription'),
  arguments: [
    { name: '<before>', description: 'plan.yaml' },
    { name: '<after>', description: 'plan.yaml' },
  ],
  options: [jsonOption],
  examples: [
    'avp risks compare plan-v1.yaml plan-v2.yaml',
    'git show HEAD~1:plan.yaml > old.yaml && avp risks compare old.yaml plan.yaml',
  ],
  run: async ({ args, options, parentOptions, context }) =>
    (await import('./risks-compare.ts')).runRisksCompare(
      args[0]!,
      args[1]!,
      json(options, parentOptions),
      context,
    ),
}

export const risksCommand: CommandSpec = {
  name: 'risks',
  description: (t) => t('risk.cli.description'),
  arguments: [planArgument],
  options: [
    jsonOption,
    { flags: '--simulate', description: (t) => t('risk.cli.simulateOption') },
    { flags: '--years <n>', description: (t) => t('risk.cli.yearsOption'), parse: parseNumber },
    { flags: '--seed <n>', description: (t) => t('risk.cli.seedOption'), parse: parseNumber },
  ],
  examples: [
    'avp risks examples/llm-api-cn-eu.yaml',
    'avp risks plan.yaml --simulate --years 100000 --seed 7',
    'avp risks plan.yaml --json --simulate > risks.json',
    'avp risks suggest plan.yaml --lang zh',
    'avp risks compare plan-v1.yaml plan-v2.yaml',
  ],
  subcommands: [suggestCommand, compareCommand],
  run: async ({ args, options, context }) =>
    (await import('./risks.ts')).runRisks(args[0]!, options, context),
}
