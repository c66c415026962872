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
