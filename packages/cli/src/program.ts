/**
 * @module program
 * The `avp` command line: options, help with examples in the user's language, and the mapping of every
 * failure to an exit code and a message (never a stack trace for a user mistake).
 */

import { type Language, normalizeLanguage, translate } from '@avp/core/i18n'
import { Command, CommanderError, Help, Option } from '@commander-js/extra-typings'
import { CliError } from './cli-error.ts'
import type { CommandContext } from './command-context.ts'
import { commandSpecs } from './commands/index.ts'
import { exitCodes } from './exit-codes.ts'
import type { CliIo } from './io.ts'
import { registerCommand } from './register.ts'
import { cliVersion } from './version.ts'

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
  const versionOption = new Option('-V, --version', t('cli.versionOption'))
  const program = new Command('avp')
    .description(t('cli.description'))
    .addOption(new Option('--lang <language>', t('cli.langOption')).choices(['en', 'zh', 'zh-CN']))
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    // Commander's own words in the user's language too; subcommands inherit these settings.
    .configureHelp({
      styleTitle: (title) => helpTitle(language, title),
      // `--version` is answered before parsing (see `runCli`), so that `avp pull --version 3` keeps its
      // own meaning; the top-level help still lists it.
      visibleOptions(command) {
        const options = Help.prototype.visibleOptions.call(this, command)
        return command.parent === null
          ? [...options.slice(0, -1), versionOption, ...options.slice(-1)]
          : options
      },
    })
    .helpOption('-h, --help', t('cli.helpOption'))
    .helpCommand('help [command]', t('cli.helpCommand'))

  for (const spec of commandSpecs) registerCommand(program, spec, context, setExitCode)
  return program
}

/**
 * Runs `avp` with the given arguments (without the node and script paths) and returns the exit code.
 * @example
 * await runCli(['check', 'examples/llm-api-cn-eu.yaml'], nodeIo()) //=> 0
 */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  const language = languageFrom(args, io.env)
  if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
    io.stdout(`${cliVersion()}\n`)
    return exitCodes.ok
  }
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
