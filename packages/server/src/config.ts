/**
 * @module config
 * The HTTP server's settings: one zod object, read once from the environment at startup; a bad value
 * stops the start with the variable's name.
 */
import { z } from 'zod'

export const serverConfigSchema = z.object({
  /** `AVP_PORT`: the TCP port. */
  port: z.coerce.number().int().min(0).max(65535).default(8080),
  /** `AVP_HOST`: the address to listen on; loopback by default, `0.0.0.0` to serve a network. */
  host: z.string().min(1).default('127.0.0.1'),
  /** `AVP_BODY_LIMIT_BYTES`: the largest request body accepted (413 above it). */
  bodyLimitBytes: z.coerce
    .number()
    .int()
    .min(1024)
    .default(2 * 1024 * 1024),
  /** `AVP_LOG_LEVEL`: pino level; `silent` turns logging off. */
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** `AVP_SECURE_COOKIES`: mark cookies `Secure` (set it when served over HTTPS). */
  secureCookies: z.stringbool().default(false),
  /** `AVP_TRUST_PROXY`: take the client address from `X-Forwarded-For` (only behind a trusted proxy). */
  trustProxy: z.stringbool().default(false),
  /** `AVP_SESSION_DAYS`: how long a login session lasts. */
  sessionDays: z.coerce.number().int().min(1).max(365).default(14),
  /** `AVP_CHROMIUM`: the browser that prints PDF reports. */
  chromiumPath: z.string().default('/usr/bin/chromium'),
})

export type ServerConfig = z.output<typeof serverConfigSchema>

/**
 * Reads the server's settings from environment variables (empty means unset).
 * @example
 * serverConfigFromEnv({ AVP_PORT: '9000' }).port //=> 9000
 */
export function serverConfigFromEnv(env: Readonly<Record<string, string | undefined>>): ServerConfig {
  const value = (name: string) => (env[name] === '' ? undefined : env[name])
  return serverConfigSchema.parse({
    port: value('AVP_PORT'),
    host: value('AVP_HOST'),
    bodyLimitBytes: value('AVP_BODY_LIMIT_BYTES'),
    logLevel: value('AVP_LOG_LEVEL'),
    secureCookies: value('AVP_SECURE_COOKIES'),
    trustProxy: value('AVP_TRUST_PROXY'),
    sessionDays: value('AVP_SESSION_DAYS'),
    chromiumPath: value('AVP_CHROMIUM'),
  })
}
