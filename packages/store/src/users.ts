/**
 * @module users
 * Accounts. Passwords arrive already hashed: hashing is the server's concern, storage is this one's.
 */
import type { Db, UserTable } from './database.ts'
import { ConflictError } from './errors.ts'

export type User = Omit<UserTable, 'passwordHash'>

/** Emails compare case-insensitively; they are stored lower-cased. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase()
}

/**
 * Creates an account; throws `ConflictError` when the email is taken.
 * @example
 * await createUser(db, { id, email: 'Ada@Example.com', displayName: 'Ada', passwordHash, createdAt }) // email stored as ada@example.com
 */
export async function createUser(db: Db, user: UserTable): Promise<User> {
  const email = normalizeEmail(user.email)
  const existing = await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst()
  if (existing !== undefined) throw new ConflictError('email_taken', 'an account with this email exists')
  await db
    .insertInto('users')
    .values({ ...user, email })
    .execute()
  return { id: user.id, email, displayName: user.displayName, createdAt: user.createdAt }
}

/** The account with its password hash, for signing in. */
export async function findUserByEmail(db: Db, email: string): Promise<UserTable | undefined> {
  return db.selectFrom('users').selectAll().where('email', '=', normalizeEmail(email)).executeTakeFirst()
}

export async function findUserById(db: Db, id: string): Promise<User | undefined> {
  return db
    .selectFrom('users')
    .select(['id', 'email', 'displayName', 'createdAt'])
    .where('id', '=', id)
    .executeTakeFirst()
}
