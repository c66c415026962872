/**
 * @module command-context
 * What every command receives: the I/O and the user's language.
 */
import type { Language } from '@avp/core'
import type { CliIo } from './io.ts'

export interface CommandContext {
  readonly io: CliIo
  readonly language: Language
}

/**
 * Any commander command, whatever its options and arguments: what the `register…Commands` functions
 * attach their subcommands to.
 */
// biome-ignore lint/suspicious/noExplicitAny: commander types each command by its own options and arguments
export type ProgramCommand = import('@commander-js/extra-typings').Command<any, any, any>
