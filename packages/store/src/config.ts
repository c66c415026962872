/**
 * @module config
 * Where the data lives: one zod object read once from the environment (n8n's database config, without
 * its decorators). SQLite under the data folder by default; PostgreSQL when `DATABASE_URL` is set.
 */
import { readFileSync } from 'node:fs'
import { z } from 'zod'

export const storeConfigSchema = z.object({
  /** `DATABASE_URL` (or a file named by `DATABASE_URL_FILE`): a `postgres://` URL selects PostgreSQL. */
  databaseUrl: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'expected a postgres:// or postgresql:// URL')
    .optional(),
  /** `AVP_DATA_DIR`: the folder that holds `avp.sqlite` when no database URL is given. */
  dataDir: z.string().min(1).default('data'),
  /** `AVP_DB_POOL_SIZE`: PostgreSQL connections per server instance. */
  poolSize: z.coerce.number().int().min(1).max(100).default(10),
})

export type StoreConfig = z.output<typeof storeConfigSchema>

function secret(env: Readonly<Record<string, string | undefined>>, name: string): string | undefined {
  const file = env[`${name}_FILE`]
  if (file !== undefined && file !== '') return readFileSync(file, 'utf8').trim()
  const value = env[name]
  return value === '' ? undefined : value
}

/**
 * Reads the store's settings from environment variables; throws a zod error naming the bad one.
 * @example
 * storeConfigFromEnv({ AVP_DATA_DIR: '/srv/avp' }).dataDir //=> '/srv/avp'
 */
export function storeConfigFromEnv(env: Readonly<Record<string, string | undefined>>): StoreConfig {
  return storeConfigSchema.parse({
    databaseUrl: secret(env, 'DATABASE_URL'),
    dataDir: env.AVP_DATA_DIR || undefined,
    poolSize: env.AVP_DB_POOL_SIZE || undefined,
  })
}
