/**
 * @module cli-error
 * A user-facing CLI failure: already translated text plus the exit code to leave with.
 */
export class CliError extends Error {
  readonly exitCode: number
  readonly lines: readonly string[]

  constructor(lines: readonly string[], exitCode: number) {
    super(lines.join('\n'))
    this.name = 'CliError'
    this.lines = lines
    this.exitCode = exitCode
  }
}
