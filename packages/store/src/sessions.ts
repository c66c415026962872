/**
 * @module sessions
 * Login sessions, kept in the database so any server instance can serve any request. Only the token's
 * SHA-256 is stored.
 */
import { createHash } from 'node:crypto'
import { runCompiled } from './compiled-query.ts'
import type { Db } from './database.ts'
import type { User } from './users.ts'

/** The stored form of a session token. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

export async function createSession(
  db: Db,
  session: { token: string; userId: string; csrfToken: string; createdAt: string; expiresAt: string },
): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      tokenHash: hashToken(session.token),
      userId: session.userId,
      csrfToken: session.csrfToken,
      createdAt: session.createdAt,
      expiresAt: session.expiresAt,
    })
    .execute()
}

/**
 * The signed-in user and the session's CSRF token, or undefined for an unknown or expired token.
 * @example
 * await findSession(db, 'no-such-token', '2026-11-28T00:00:00.000Z') //=> undefined
 */
export async function findSession(
  db: Db,
  token: string,
  now: string,
): Promise<{ user: User; csrfToken: string } | undefined> {
  const [row] = await runCompiled(
    db,
    'findSession',
    (slot) =>
      db
        .selectFrom('sessions')
        .innerJoin('users', 'users.id', 'sessions.userId')
        .select(['users.id', 'users.email', 'users.displayName', 'users.createdAt', 'sessions.csrfToken'])
        .where('sessions.tokenHash', '=', slot(0))
        .where('sessions.expiresAt', '>', slot(1)),
    [hashToken(token), now],
  )
  if (row === undefined) return undefined
  const { csrfToken, ...user } = row
  return { user, csrfToken }
}

export async function deleteSession(db: Db, token: string): Promise<void> {
  await db.deleteFrom('sessions').where('tokenHash', '=', hashToken(token)).execute()
}

/** Drops expired sessions (run at startup; a session past its time is already refused by `findSession`). */
export async function deleteExpiredSessions(db: Db, now: string): Promise<void> {
  await db.deleteFrom('sessions').where('expiresAt', '<=', now).execute()
}
