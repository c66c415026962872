import { UserError } from '@avp/core'
import { Migrator, NO_MIGRATIONS, sql } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { listAudit } from './audit.ts'
import { exportWorkspace, importWorkspace, workspaceBundleSchema } from './bundle.ts'
import { StaleVersionError } from './errors.ts'
import { migrations } from './migrations/index.ts'
import { migrateToLatest } from './open-store.ts'
import { seedDemo } from './seed.ts'
import { changeBy, examplePlan, openTestStore, type TestStore, testDialects } from './test-support/stores.ts'
import { createUser } from './users.ts'
import { createVenture, findVenture } from './ventures.ts'
import { findVersion, listVersions, saveVersion } from './versions.ts'
import { createWorkspace, listWorkspacesOf, roleOf } from './workspaces.ts'

describe.each(testDialects())('store on %s', (dialect) => {
  let test: TestStore
  beforeEach(async () => {
    test = await openTestStore(dialect)
  })
  afterEach(async () => {
    await test.dispose()
  })

  async function ventureFixture() {
    const db = test.store.db
    const user = await createUser(db, {
      id: 'u1',
      email: 'Ada@Example.com',
      displayName: 'Ada',
      passwordHash: 'x',
      createdAt: '2026-11-28T12:00:00.000Z',
    })
    const context = changeBy(user.email, user.id)
    const workspace = await createWorkspace(db, context, { name: 'Acme' })
    const venture = await createVenture(db, context, {
      workspaceId: workspace.id,
      name: 'Qiming',
      data: examplePlan(),
      message: 'first',
    })
    return { db, user, context, workspace, venture }
  }

  describe('migrateToLatest', () => {
    it('returns without change when the schema is current (migrations are idempotent)', async () => {
      await migrateToLatest(test.store.db)
      const rows = await sql<{ n: number }>`select count(*) as n from avp_migration`.execute(test.store.db)
      expect(Number(rows.rows[0]?.n)).toBe(1)
    })
  })

  describe('createWorkspace', () => {
    it('returns the workspace and makes its creator the owner', async () => {
      const { db, user, workspace } = await ventureFixture()
      expect(await roleOf(db, workspace.id, user.id)).toBe('owner')
      expect((await listWorkspacesOf(db, user.id)).map((each) => each.name)).toEqual(['Acme'])
    })
  })

  describe('saveVersion', () => {
    it('returns version 2 based on 1, and the plan reads back as saved', async () => {
      const { db, context, workspace, venture } = await ventureFixture()
      const data = { ...examplePlan(), asOf: '2026-12-01' }
      const saved = await saveVersion(db, context, {
        workspaceId: workspace.id,
        ventureId: venture.id,
        basedOn: 1,
        data,
        message: 'December',
      })
      expect(saved).toMatchObject({ number: 2, basedOn: 1, authorEmail: 'ada@example.com' })
      const read = await findVersion(db, venture.id, 2)
      expect(read?.data).toEqual(data)
      expect(read?.plan.asOf).toBe('2026-12-01')
      expect((await findVenture(db, workspace.id, venture.id))?.headVersion).toBe(2)
    })

    it('refuses a save based on a stale version and names the newest', async () => {
      const { db, context, workspace, venture } = await ventureFixture()
      const input = {
        workspaceId: workspace.id,
        ventureId: venture.id,
        basedOn: 1,
        data: examplePlan(),
        message: 'a',
      }
      await saveVersion(db, context, input)
      const error = await saveVersion(db, context, input).catch((caught: unknown) => caught)
      expect(error).toBeInstanceOf(StaleVersionError)
      expect((error as StaleVersionError).latestNumber).toBe(2)
      expect((await listVersions(db, venture.id)).map((version) => version.number)).toEqual([2, 1])
    })

    it('lets exactly one of 12 concurrent saves on the same base win', async () => {
      const { db, context, workspace, venture } = await ventureFixture()
      const results = await Promise.allSettled(
        Array.from({ length: 12 }, (_, index) =>
          saveVersion(db, context, {
            workspaceId: workspace.id,
            ventureId: venture.id,
            basedOn: 1,
            data: examplePlan(),
            message: `saver ${index}`,
          }),
        ),
      )
      expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1)
      const refused = results.filter((result) => result.status === 'rejected')
      expect(refused.every((result) => result.reason instanceof StaleVersionError)).toBe(true)
      expect(await listVersions(db, venture.id)).toHaveLength(2)
    })

    it('writes nothing for an invalid plan and reports the path', async () => {
      const { db, context, workspace, venture } = await ventureFixture()
      const data = { ...examplePlan(), asOf: 'yesterday' }
      const error = await saveVersion(db, context, {
        workspaceId: workspace.id,
        ventureId: venture.id,
        basedOn: 1,
        data,
        message: 'bad',
      }).catch((caught: unknown) => caught)
      expect(error).toBeInstanceOf(UserError)
      expect((error as UserError).issues.map((issue) => issue.path)).toContainEqual(['asOf'])
      expect(await listVersions(db, venture.id)).toHaveLength(1)
    })

    it('records every change in the audit log', async () => {
      const { db, workspace } = await ventureFixture()
      const actions = (await listAudit(db, workspace.id)).map((entry) => entry.action).sort()
      expect(actions).toEqual(['venture.create', 'workspace.create'])
    })
  })

  describe('exportWorkspace', () => {
    it('returns a bundle that imports and exports again to the same bundle', async () => {
      const { db, context, workspace, venture } = await ventureFixture()
      await saveVersion(db, context, {
        workspaceId: workspace.id,
        ventureId: venture.id,
        basedOn: 1,
        data: { ...examplePlan(), asOf: '2026-12-01' },
        message: '第二版',
      })
      const bundle = await exportWorkspace(db, workspace.id)
      expect(workspaceBundleSchema.parse(bundle)).toEqual(bundle)
      const imported = await importWorkspace(db, changeBy('bob@example.com'), bundle)
      expect(await exportWorkspace(db, imported.id)).toEqual(bundle)
    })
  })

  describe('seedDemo', () => {
    it('returns true on an empty store and false afterwards, keeping what is there', async () => {
      const context = changeBy('system')
      const demo = { ventureName: 'Qiming Intelligence', data: examplePlan() }
      expect(await seedDemo(test.store.db, context, demo)).toBe(true)
      expect(await seedDemo(test.store.db, context, demo)).toBe(false)
      const count = await test.store.db
        .selectFrom('ventures')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
      expect(Number(count.n)).toBe(1)
    })
  })
})

describe.each(testDialects())('migrations on %s', (dialect) => {
  it('returns to an empty schema with every down, and comes back with every up', async () => {
    const test = await openTestStore(dialect)
    try {
      const migrator = new Migrator({
        db: test.store.db,
        provider: { getMigrations: async () => ({ ...migrations }) },
        migrationTableName: 'avp_migration',
        migrationLockTableName: 'avp_migration_lock',
      })
      const down = await migrator.migrateTo(NO_MIGRATIONS)
      expect(down.error).toBeUndefined()
      const tables = (await test.store.db.introspection.getTables()).map((table) => table.name)
      expect(tables.filter((name) => !name.startsWith('avp_migration'))).toEqual([])
      const up = await migrator.migrateToLatest()
      expect(up.error).toBeUndefined()
      expect(await test.store.db.selectFrom('users').selectAll().execute()).toEqual([])
    } finally {
      await test.dispose()
    }
  })
})
