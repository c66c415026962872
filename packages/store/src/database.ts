/**
 * @module database
 * The tables as Kysely sees them. Every column type is one both SQLite and PostgreSQL store the same
 * way: text ids, integers, and times as ISO-8601 UTC strings written by application code (a
 * `CURRENT_TIMESTAMP` default would read back differently on each dialect).
 */
import type { Kysely } from 'kysely'

/** A workspace role, strongest last. */
export type Role = 'viewer' | 'editor' | 'owner'
export const roles: readonly Role[] = ['viewer', 'editor', 'owner']

export interface UserTable {
  id: string
  email: string
  displayName: string
  /** `scrypt$N$r$p$salt$key` (base64), see the server's password module. */
  passwordHash: string
  createdAt: string
}

export interface WorkspaceTable {
  id: string
  name: string
  /** 1 when anyone, signed in or not, may read it (the seeded demo); 0 otherwise. */
  isPublic: number
  createdAt: string
}

export interface MembershipTable {
  workspaceId: string
  userId: string
  role: Role
  createdAt: string
}

export interface VentureTable {
  id: string
  workspaceId: string
  name: string
  /** The newest version's number; a save succeeds only when it still equals the version it was based on. */
  headVersion: number
  createdAt: string
}

export interface PlanVersionTable {
  id: string
  ventureId: string
  /** 1, 2, 3… within the venture. */
  number: number
  /** The plan exactly as it was saved (JSON text), validated before it was written. */
  planJson: string
  formatVersion: number
  authorId: string | null
  /** Kept beside the id so history survives a deleted account and an import into another server. */
  authorEmail: string
  message: string
  basedOn: number | null
  createdAt: string
}

export interface AuditTable {
  id: string
  workspaceId: string | null
  actorId: string | null
  actorEmail: string
  action: string
  target: string
  /** JSON object with the details of the change. */
  detailJson: string
  at: string
}

export interface SessionTable {
  /** SHA-256 (hex) of the cookie's token: a leaked table does not hand out sessions. */
  tokenHash: string
  userId: string
  /** Sent back by clients in `X-CSRF-Token` on every state-changing request. */
  csrfToken: string
  createdAt: string
  expiresAt: string
}

export interface LoginFailureTable {
  id: string
  email: string
  ip: string
  at: string
}

export interface BiasUploadTable {
  id: string
  ventureId: string
  fileName: string
  /** The uploaded table (CSV text). */
  content: string
  byteLength: number
  uploadedBy: string
  createdAt: string
}

export interface Database {
  users: UserTable
  workspaces: WorkspaceTable
  memberships: MembershipTable
  ventures: VentureTable
  planVersions: PlanVersionTable
  auditLog: AuditTable
  sessions: SessionTable
  loginFailures: LoginFailureTable
  biasUploads: BiasUploadTable
}

export type Db = Kysely<Database>
