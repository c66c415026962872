/**
 * @module exit-codes
 * The CLI's exit codes, a contract for scripts and CI.
 */
export const exitCodes = {
  /** Everything fine. */
  ok: 0,
  /** The input was valid but a check failed (e.g. a red key risk indicator). */
  checkFailed: 1,
  /** Bad input: a malformed plan, an unknown option, a file that cannot be read. */
  badInput: 2,
  /** A bug or an environment failure; the message says which. */
  internal: 3,
} as const
