/**
 * @module program
 * The `avp` command line: options, help with examples in the user's language, and the mapping of every
 * failure to an exit code and a message (never a stack trace for a user mistake).
 */

import { type Language, normalizeLanguage, translate } from '@avp/core'
import { Command, CommanderError, Option } from '@commander-js/extra-typings'
import { CliError } from './cli-error.ts'
import type { CommandContext } from './command-context.ts'
import { runAnalyze } from './commands/analyze.ts'
import { runCheck } from './commands/check.ts'
import { registerComplianceCommands } from './commands/compliance-program.ts'
import { registerComputeCommands } from './commands/compute.ts'
import { registerFinanceCommands } from './commands/finance-commands.ts'
import { runGuide } from './commands/guide.ts'
import { runInit } from './commands/init.ts'
import { runReport } from './commands/report.ts'
import { registerRiskCommands } from './commands/risks-program.ts'
import { parsePort, runServe } from './commands/serve.ts'
import { runStrategy } from './commands/strategy.ts'
import { registerSyncCommands } from './commands/sync/register.ts'
import { exitCodes } from './exit-codes.ts'
import { helpExamples } from './help-text.ts'
import type { CliIo } from './io.ts'
import { templateNames } from './templates/index.ts'

/** The language asked for on the command line (`--lang zh`, `--lang=zh`) or in AVP_LANG / LANG. */
export function languageFrom(argv: readonly string[], env: CliIo['env']): Language {
  const index = argv.findIndex((argument) => argument === '--lang' || argument.startsWith('--lang='))
  if (index >= 0) {
    const argument = argv[index]!
    return normalizeLanguage(argument.includes('=') ? argument.split('=')[1] : argv[index + 1])
  }
  return normalizeLanguage(env.AVP_LANG ?? env.LANG)
}

const helpTitleKeys: Readonly<Record<string, Parameters<typeof translate>[1]>> = {
  'Usage:': 'cli.helpUsage',
  'Options:': 'cli.helpOptions',
  'Commands:': 'cli.helpCommands',
  'Arguments:': 'cli.helpArguments',
  'Global Options:': 'cli.helpGlobalOptions',
}

/** A heading of commander's help text, translated. */
function helpTitle(language: Language, title: string): string {
  const key = helpTitleKeys[title]
  return key === undefined ? title : translate(language, key)
}

function buildProgram(context: CommandContext, setExitCode: (code: number) => void) {
  const { io, language } = context
  const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
    translate(language, key, params)
  const program = new Command('avp')
    .description(t('cli.description'))
    .addOption(new Option('--lang <language>', t('cli.langOption')).choices(['en', 'zh', 'zh-CN']))
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    // Commander's own words in the user's language too; subcommands inherit these settings.
    .configureHelp({ styleTitle: (title) => helpTitle(language, title) })
    .helpOption('-h, --help', t('cli.helpOption'))
    .helpCommand('help [command]', t('cli.helpCommand'))

  program
    .command('init')
    .description(t('cli.initDescription'))
    .argument('[file]', 'plan.yaml', 'plan.yaml')
    .option(
      '-t, --template <name>',
      t('cli.initTemplateOption', { templates: templateNames.join(', ') }),
      'starter',
    )
    .option('-f, --force', t('cli.initForceOption'))
    .addHelpText(
      'after',
      helpExamples(language, [
        'avp init',
        'avp init --template medical-imaging clinic.yaml',
        'avp init --lang zh 计划.yaml',
      ]),
    )
    .action(async (file, options) => setExitCode(await runInit(file, options, context)))

  program
    .command('check')
    .description(t('cli.checkDescription'))
    .argument('<plan>', 'plan.yaml | plan.json')
    .option('--json', t('cli.jsonOption'))
    .addHelpText(
      'after',
      helpExamples(language, ['avp check plan.yaml', 'avp check examples/llm-api-cn-eu.yaml --lang zh']),
    )
    .action(async (file, options) => setExitCode(await runCheck(file, options, context)))

  program
    .command('analyze')
    .description(t('cli.analyzeDescription'))
    .argument('<plan>', 'plan.yaml | plan.json')
    .option('--json', t('cli.jsonOption'))
    .addHelpText(
      'after',
      helpExamples(language, ['avp analyze plan.yaml', 'avp analyze plan.yaml --json > analysis.json']),
    )
    .action(async (file, options) => setExitCode(await runAnalyze(file, options, context)))

  program
    .command('report')
    .description(t('cli.reportDescription'))
    .argument('<plan>', 'plan.yaml | plan.json')
    .requiredOption('-o, --out <file>', t('cli.reportOutOption'))
    .addHelpText(
      'after',
      helpExamples(language, [
        'avp report plan.yaml --out report.html',
        'avp report plan.yaml --out 报告.md --lang zh',
      ]),
    )
    .action(async (file, options) => setExitCode(await runReport(file, options, context)))

  registerComputeCommands(program, context, setExitCode)
  registerSyncCommands(program, context, setExitCode)

  program
    .command('serve')
    .description(t('server.serveDescription'))
    .option('-p, --port <port>', t('server.servePortOption'), parsePort, 8080)
    .option('-d, --data <folder>', t('server.serveDataOption'), 'data')
    .addHelpText('after', helpExamples(language, ['avp serve', 'avp serve --port 9000 --data /srv/avp']))
    .action(async (options) => setExitCode(await runServe(options, context)))
  registerComplianceCommands(program, context, setExitCode)
  registerRiskCommands(program, context, setExitCode)
  registerFinanceCommands(program, context, setExitCode)

  program
    .command('strategy')
    .description(t('strategy.cli.strategyDescription'))
    .argument('<plan>', 'plan.yaml | plan.json')
    .option('--json', t('cli.jsonOption'))
    .addHelpText(
      'after',
      helpExamples(language, [
        'avp strategy plan.yaml',
        'avp strategy examples/llm-api-cn-eu.yaml --lang zh',
        'avp strategy plan.yaml --json > strategy.json',
      ]),
    )
    .action(async (file, options) => setExitCode(await runStrategy(file, options, context)))

  program
    .command('guide')
    .description(t('strategy.cli.guideDescription'))
    .argument('[topic]', t('strategy.cli.topicArgument'))
    .option('-p, --plan <file>', t('strategy.cli.planOption'))
    .option('--json', t('cli.jsonOption'))
    .addHelpText(
      'after',
      helpExamples(language, [
        'avp guide',
        'avp guide financing --plan examples/llm-api-cn-eu.yaml',
        'avp guide 19 --lang zh --plan plan.yaml',
      ]),
    )
    .action(async (topic, options) => setExitCode(await runGuide(topic, options, context)))

  return program
}

/**
 * Runs `avp` with the given arguments (without the node and script paths) and returns the exit code.
 * @example
 * await runCli(['check', 'examples/llm-api-cn-eu.yaml'], nodeIo()) //=> 0
 */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  const language = languageFrom(args, io.env)
  let exitCode: number = exitCodes.ok
  const program = buildProgram({ io, language }, (code) => {
    exitCode = code
  })
  try {
    await program.parseAsync([...args], { from: 'user' })
    return exitCode
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`${error.lines.join('\n')}\n`)
      return error.exitCode
    }
    if (error instanceof CommanderError) {
      const shownHelp = ['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(
        error.code,
      )
      return shownHelp ? exitCodes.ok : exitCodes.badInput
    }
    io.stderr(
      `${translate(language, 'cli.internalError', { detail: error instanceof Error ? (error.stack ?? error.message) : String(error) })}\n`,
    )
    return exitCodes.internal
  }
}
