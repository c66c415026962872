/**
 * @module main
 * The process entry point of `avp`.
 */
import { nodeIo } from './io.ts'
import { runCli } from './program.ts'

process.exitCode = await runCli(process.argv.slice(2), nodeIo())
