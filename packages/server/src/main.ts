/**
 * @module main
 * `node packages/server/dist/main.js`: the server alone, configured only by environment variables
 * (`avp serve` is the usual way in).
 */
import pino from 'pino'
import { serverConfigFromEnv } from './config.ts'
import { closeOnSignals, startServer } from './start-server.ts'

const logger = pino({ level: serverConfigFromEnv(process.env).logLevel })
const running = await startServer({ logger })
closeOnSignals(running, logger)
