/**
 * @module commands/serve
 * `avp serve [--port 8080] [--data DIR]`: runs the web server until SIGINT or SIGTERM, then shuts down
 * gracefully (in-flight requests finish, the database closes). Logs are JSON lines on stderr; the
 * address is printed on stdout.
 */
import { translate } from '@avp/core'
import { closeOnSignals, startServer } from '@avp/server'
import pino from 'pino'
import { examplesFolder, webAppFolder } from '../assets.ts'
import type { CommandContext } from '../command-context.ts'
import { exitCodes } from '../exit-codes.ts'

export { parsePort } from '../options.ts'

/**
 * Starts the server and resolves with the exit code once it has stopped.
 * @example
 * await runServe({ port: 8080, data: 'data' }, context) // prints http://localhost:8080, returns 0 after Ctrl+C
 */
export async function runServe(
  options: { port?: number; data?: string },
  { io, language }: CommandContext,
): Promise<number> {
  const logger = pino({ level: io.env.AVP_LOG_LEVEL || 'info' }, pino.destination(2))
  const running = await startServer({
    env: io.env,
    logger,
    ...(options.port === undefined ? {} : { port: options.port }),
    ...(options.data === undefined ? {} : { dataDir: options.data }),
    webDistDir: webAppFolder() ?? null,
    demoPlanFile: new URL('llm-api-cn-eu.yaml', examplesFolder()),
  })
  io.stdout(
    `${translate(language, 'server.listening', { url: running.url, location: running.store.location })}\n`,
  )
  const stopped = new Promise<void>((resolve) => {
    const original = running.close
    closeOnSignals({ ...running, close: () => original().then(resolve) }, logger)
  })
  await stopped
  io.stdout(`${translate(language, 'server.stopped')}\n`)
  return exitCodes.ok
}
