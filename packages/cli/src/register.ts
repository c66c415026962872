/**
 * @module register
 * Turns a command spec into a commander command: description, arguments, options, examples and an
 * action that runs the spec and records its exit code. Subcommands register the same way.
 */
import { type Language, translate } from '@avp/core/i18n'
import { Option } from '@commander-js/extra-typings'
import type { CommandContext, ProgramCommand } from './command-context.ts'
import type { CommandSpec, Translate, Words } from './command-spec.ts'
import { helpExamples } from './help-text.ts'

/** Words in the reader's language. */
export function wordsText(words: Words, language: Language): string {
  if (typeof words === 'string') return words
  const t: Translate = (key, params) => translate(language, key, params)
  return words(t, language)
}

/** Adds `spec` (and its subcommands) to `parent`. */
export function registerCommand(
  parent: ProgramCommand,
  spec: CommandSpec,
  context: CommandContext,
  setExitCode: (code: number) => void,
): void {
  const { language } = context
  const text = (words: Words) => wordsText(words, language)
  const command = parent.command(spec.name).description(text(spec.description))
  for (const alias of spec.aliases ?? []) command.alias(alias)
  for (const argument of spec.arguments ?? []) {
    if (argument.default === undefined) command.argument(argument.name, text(argument.description))
    else command.argument(argument.name, text(argument.description), argument.default)
  }
  for (const optionSpec of spec.options ?? []) {
    const option = new Option(optionSpec.flags, text(optionSpec.description))
    if (optionSpec.choices !== undefined) option.choices(optionSpec.choices)
    if (optionSpec.parse !== undefined) option.argParser(optionSpec.parse)
    if (optionSpec.default !== undefined) option.default(optionSpec.default)
    if (optionSpec.required) option.makeOptionMandatory()
    command.addOption(option)
  }
  if (spec.examples !== undefined && spec.examples.length > 0)
    command.addHelpText('after', helpExamples(language, spec.examples))
  const run = spec.run
  if (run !== undefined) {
    command.action(async (...received: unknown[]) => {
      const invoked = received.at(-1) as ProgramCommand
      setExitCode(
        await run({
          args: invoked.processedArgs as string[],
          options: invoked.opts(),
          parentOptions: invoked.parent?.opts() ?? {},
          context,
        }),
      )
    })
  }
  for (const subcommand of spec.subcommands ?? []) registerCommand(command, subcommand, context, setExitCode)
}
