/**
 * @module help-text
 * The "Examples:" block every command's `--help` ends with, in the user's language.
 */
import { type Language, translate } from '@avp/core/i18n'

/**
 * @example
 * helpExamples('en', ['avp check plan.yaml']) //=> '\nExamples:\n  $ avp check plan.yaml\n'
 */
export function helpExamples(language: Language, lines: readonly string[]): string {
  return `\n${translate(language, 'cli.examples')}\n${lines.map((line) => `  $ ${line}`).join('\n')}\n`
}
