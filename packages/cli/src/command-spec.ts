/**
 * @module command-spec
 * What one `avp` command is, as data: its name, arguments, options, help examples and how to run it.
 * Each command lives in one `commands/<name>.command.ts` file exporting such a spec; `program.ts` registers
 * them all in one loop. A spec imports nothing heavy: its `run` loads the command's module on demand, so
 * `avp check` never loads the server, the charts or the spreadsheet writer.
 */
import type { Language, MessageKey } from '@avp/core/i18n'
import type { CommandContext } from './command-context.ts'

/** Params of a message: the values its `{placeholders}` take. */
export type WordParams = Readonly<Record<string, string | number | boolean | null | undefined>>

/** Looks a message up in the reader's language. */
export type Translate = (key: MessageKey, params?: WordParams) => string

/** Words shown to the user: a literal (a file name pattern, never a sentence) or a message to translate. */
export type Words = string | ((t: Translate, language: Language) => string)

export interface ArgumentSpec {
  /** `<plan>` for a required argument, `[file]` for an optional one. */
  readonly name: string
  readonly description: Words
  readonly default?: string
}

export interface OptionSpec {
  /** As commander writes them: `-o, --out <file>`, `--no-sp`, `--privileged <attribute=value...>`. */
  readonly flags: string
  readonly description: Words
  /** Turns the text typed into the value the command gets; throws commander's `InvalidArgumentError`. */
  readonly parse?: (value: string) => unknown
  readonly default?: unknown
  readonly choices?: readonly string[]
  /** The command refuses to run without it. */
  readonly required?: boolean
}

/**
 * The parsed command line a command runs with. Options are keyed by commander's camelCase names; each
 * command's module states the type it expects.
 */
export interface CommandCall {
  readonly args: readonly string[]
  // biome-ignore lint/suspicious/noExplicitAny: each command module declares the options it reads
  readonly options: any
  /** The options of the command above (`avp risks --json suggest plan.yaml`). */
  // biome-ignore lint/suspicious/noExplicitAny: as above
  readonly parentOptions: any
  readonly context: CommandContext
}

export interface CommandSpec {
  readonly name: string
  readonly aliases?: readonly string[]
  readonly description: Words
  readonly arguments?: readonly ArgumentSpec[]
  readonly options?: readonly OptionSpec[]
  /** Command lines shown under "Examples:" in `--help`. */
  readonly examples?: readonly string[]
  readonly subcommands?: readonly CommandSpec[]
  /** Runs the command and resolves with its exit code; imports the command's module when called. */
  readonly run?: (call: CommandCall) => Promise<number>
}

/** The argument every plan command takes. */
export const planArgument: ArgumentSpec = { name: '<plan>', description: 'plan.yaml | plan.json' }

/** `--json`, which every reading command offers. */
export const jsonOption: OptionSpec = { flags: '--json', description: (t) => t('cli.jsonOption') }
