/**
 * @module write-file
 * Writing an output file from a command, with a translated message when the file system refuses.
 */
import { type Language, translate } from '@avp/core'
import { CliError } from './cli-error.ts'
import { exitCodes } from './exit-codes.ts'
import type { CliIo } from './io.ts'

/** Writes `text` to `file` atomically, or throws a `CliError` saying why it could not. */
export async function writeOrFail(io: CliIo, file: string, text: string, language: Language): Promise<void> {
  try {
    await io.writeTextAtomic(file, text)
  } catch (error) {
    throw new CliError(
      [translate(language, 'cli.fileWriteFailed', { file, reason: (error as Error).message })],
      exitCodes.badInput,
    )
  }
}
