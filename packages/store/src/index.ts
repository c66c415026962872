/**
 * @module @avp/store
 * Persistence: one SQL layer (Kysely) and one set of migrations over SQLite (the embedded default) and
 * PostgreSQL (for teams and several server instances).
 */
export * from './audit.ts'
export * from './bias-uploads.ts'
export * from './bundle.ts'
export * from './config.ts'
export * from './context.ts'
export * from './database.ts'
export * from './errors.ts'
export * from './login-failures.ts'
export * from './open-store.ts'
export * from './plan-check.ts'
export * from './seed.ts'
export * from './sessions.ts'
export * from './users.ts'
export * from './ventures.ts'
export * from './versions.ts'
export * from './workspaces.ts'
