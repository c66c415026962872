/**
 * @module main
 * The process entry point of `avp`.
 */
import { nodeIo } from './io.ts'
import { runCli } from './program.ts'

// `avp … | head` closes the pipe early: stop quietly rather than with an EPIPE stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error
    process.exit(process.exitCode ?? 0)
  })
}

process.exitCode = await runCli(process.argv.slice(2), nodeIo())
