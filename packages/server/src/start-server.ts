/**
 * @module start-server
 * The Node adapter: opens the store (migrating and seeding it), binds the port, and shuts down
 * gracefully: on SIGINT/SIGTERM it stops accepting connections, lets in-flight requests finish, then
 * closes the database.
 */
import type { AddressInfo } from 'node:net'
import { deleteExpiredSessions, openStore, type Store, storeConfigFromEnv } from '@avp/store'
import { type ServerType, serve } from '@hono/node-server'
import pino, { type Logger } from 'pino'
import { createApp } from './app.ts'
import { type ServerConfig, serverConfigFromEnv } from './config.ts'
import { defaultWebDistDir } from './routes/web-app.ts'
import { seedDemoVenture } from './seed-demo.ts'

export interface StartOptions {
  readonly port?: number
  readonly host?: string
  /** Folder of the SQLite file (ignored when `DATABASE_URL` is set). */
  readonly dataDir?: string
  readonly env?: Readonly<Record<string, string | undefined>>
  readonly logger?: Logger
  /** Seed the demo venture into an empty store (default true). */
  readonly seed?: boolean
  /** The built web app to serve at `/` (default: `packages/web/dist` when it exists; `null`: none). */
  readonly webDistDir?: string | null
  /** The plan seeded as the demo venture (default: `examples/llm-api-cn-eu.yaml` of the repository). */
  readonly demoPlanFile?: string | URL
}

export interface RunningServer {
  /** e.g. `http://localhost:8080`. */
  readonly url: string
  readonly port: number
  readonly store: Store
  /** Stops accepting, waits for in-flight requests, closes the database. */
  readonly close: () => Promise<void>
}

function closeServer(server: ServerType): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve())
    // Keep-alive connections with no request in flight would hold `close` open.
    if ('closeIdleConnections' in server) server.closeIdleConnections()
  })
}

/**
 * Starts the server and resolves once it listens.
 * @example
 * const running = await startServer({ port: 0, dataDir: '/tmp/avp' })
 * running.url //=> 'http://localhost:39211'
 */
export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  const env = options.env ?? process.env
  const baseConfig: ServerConfig = serverConfigFromEnv(env)
  const config: ServerConfig = {
    ...baseConfig,
    ...(options.port === undefined ? {} : { port: options.port }),
    ...(options.host === undefined ? {} : { host: options.host }),
  }
  const storeConfig = storeConfigFromEnv(env)
  const logger = options.logger ?? pino({ level: config.logLevel })
  const store = await openStore({
    databaseUrl: storeConfig.databaseUrl,
    dataDir: options.dataDir ?? storeConfig.dataDir,
    poolSize: storeConfig.poolSize,
  })
  const now = new Date()
  await deleteExpiredSessions(store.db, now.toISOString())
  if (options.seed !== false && (await seedDemoVenture(store, now, options.demoPlanFile)))
    logger.info('seeded the demo venture')
  const webDistDir =
    options.webDistDir === undefined ? defaultWebDistDir() : (options.webDistDir ?? undefined)
  const app = createApp({ store, logger, config }, webDistDir === undefined ? {} : { webDistDir })
  const server = await new Promise<ServerType>((resolve) => {
    const started = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () =>
      resolve(started),
    )
  })
  const port = (server.address() as AddressInfo).port
  const shownHost = ['127.0.0.1', '0.0.0.0', '::', '::1'].includes(config.host) ? 'localhost' : config.host
  const url = `http://${shownHost}:${port}`
  logger.info({ url, database: store.location }, 'listening')
  let closing: Promise<void> | undefined
  return {
    url,
    port,
    store,
    close: () => {
      closing ??= closeServer(server).then(() => store.close())
      return closing
    },
  }
}

/**
 * Closes the server on SIGINT and SIGTERM (once), then lets the process end.
 * @example
 * closeOnSignals(await startServer(), logger)
 */
export function closeOnSignals(running: RunningServer, logger: Logger): void {
  const stop = (signal: NodeJS.Signals) => {
    logger.info({ signal }, 'shutting down: finishing in-flight requests')
    void running.close().then(() => logger.info('stopped; database closed'))
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}
