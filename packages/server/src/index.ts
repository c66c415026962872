/**
 * @module @avp/server
 * The HTTP API over the store: `createApp(deps)` (no socket, for tests and embedding) and
 * `startServer(options)` (the Node adapter, used by `avp serve`).
 */
export { apiBase, createApp } from './app.ts'
export { type ServerConfig, serverConfigFromEnv, serverConfigSchema } from './config.ts'
export type { AppDeps, AppEnv } from './env.ts'
export { HttpError } from './http-error.ts'
export { bundleToYaml } from './routes/bundle.ts'
export { seedDemoVenture } from './seed-demo.ts'
export { closeOnSignals, type RunningServer, type StartOptions, startServer } from './start-server.ts'
