/**
 * @module @avp/cli
 * The `avp` command line, for embedding and tests.
 */
export { type CliIo, nodeIo } from './io.ts'
export { languageFrom, runCli } from './program.ts'
