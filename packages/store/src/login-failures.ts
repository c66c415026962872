/**
 * @module login-failures
 * Failed sign-ins, counted in the database rather than in memory so the limit holds across every
 * server instance and survives a restart.
 */

import { newId } from './context.ts'
import type { Db } from './database.ts'

/** Counts failures for this email, and separately for this address, since `since` (ISO time). */
export async function countLoginFailures(
  db: Db,
  key: { email: string; ip: string },
  since: string,
): Promise<{ byEmail: number; byIp: number }> {
  const [byEmail, byIp] = await Promise.all([
    db
      .selectFrom('loginFailures')
      .select((eb) => eb.fn.countAll().as('count'))
      .where('email', '=', key.email)
      .where('at', '>', since)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('loginFailures')
      .select((eb) => eb.fn.countAll().as('count'))
      .where('ip', '=', key.ip)
      .where('at', '>', since)
      .executeTakeFirstOrThrow(),
  ])
  // PostgreSQL returns count(*) as a bigint string, SQLite as a number.
  return { byEmail: Number(byEmail.count), byIp: Number(byIp.count) }
}

export async function recordLoginFailure(
  db: Db,
  key: { email: string; ip: string },
  at: string,
): Promise<void> {
  await db.insertInto('loginFailures').values({ id: newId(), email: key.email, ip: key.ip, at }).execute()
}

/** A successful sign-in clears the email's failures (not the address's: one address may try many accounts). */
export async function clearLoginFailures(db: Db, email: string): Promise<void> {
  await db.deleteFrom('loginFailures').where('email', '=', email).execute()
}
