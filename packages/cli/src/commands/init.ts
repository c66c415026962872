/**
 * @module commands/init
 * `avp init [--template NAME] [file]`: writes a commented plan to start from.
 */
import { translate } from '@avp/core'
import { CliError } from '../cli-error.ts'
import type { CommandContext } from '../command-context.ts'
import { exitCodes } from '../exit-codes.ts'
import { type TemplateName, templateNames, templateText } from '../templates/index.ts'
import { writeOrFail } from '../write-file.ts'

export async function runInit(
  file: string,
  options: { template: string; force?: boolean },
  { io, language }: CommandContext,
): Promise<number> {
  if (!templateNames.includes(options.template as TemplateName)) {
    const line = translate(language, 'cli.initUnknownTemplate', {
      template: options.template,
      templates: templateNames.join(', '),
    })
    throw new CliError([line], exitCodes.badInput)
  }
  if (!options.force && (await io.exists(file))) {
    throw new CliError([translate(language, 'cli.initExists', { file })], exitCodes.badInput)
  }
  const text = await templateText(options.template as TemplateName, language, io.today())
  await writeOrFail(io, file, text, language)
  io.stdout(`${translate(language, 'cli.initWritten', { file, template: options.template })}\n`)
  return exitCodes.ok
}
