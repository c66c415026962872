/**
 * @module plan/migrate
 * Upgrades plans written in an older format. When the schema changes in a way old plans would fail,
 * the change ships with a migration here; an old plan is then upgraded step by step and every step is
 * reported to the user as a notice, so nothing is rejected and nothing changes silently.
 */
import type { Issue } from '../errors.ts'
import { currentFormatVersion } from './venture-plan.ts'

/** One step from a format version to the next. `up` returns a new object and never mutates its input. */
export interface PlanMigration {
  readonly from: number
  readonly to: number
  /** What changed, in English and Chinese, shown to the user when the step runs. */
  readonly change: { readonly en: string; readonly 'zh-CN': string }
  readonly up: (plan: Readonly<Record<string, unknown>>) => Record<string, unknown>
}

/** A migration that ran, for the user to see. */
export interface PlanNotice {
  readonly code: 'upgraded'
  readonly from: number
  readonly to: number
  readonly change: PlanMigration['change']
}

/**
 * Every migration, oldest first. Format 1 is the first published format, so the list is empty; add a
 * step (with a test that upgrades a saved example of the old format) whenever `currentFormatVersion` rises.
 */
export const planMigrations: readonly PlanMigration[] = []

export type MigrationResult =
  | { readonly ok: true; readonly data: unknown; readonly notices: readonly PlanNotice[] }
  | { readonly ok: false; readonly issues: readonly Issue[] }

/**
 * Brings raw plan data (parsed YAML or JSON, not yet validated) to the current format. Data without a
 * usable `formatVersion` is passed through for the schema to report.
 */
export function migratePlan(
  data: unknown,
  migrations: readonly PlanMigration[] = planMigrations,
  current: number = currentFormatVersion,
): MigrationResult {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return { ok: true, data, notices: [] }
  const version = (data as Record<string, unknown>).formatVersion
  if (typeof version !== 'number' || !Number.isInteger(version) || version === current) {
    return { ok: true, data, notices: [] }
  }
  if (version > current) {
    return {
      ok: false,
      issues: [
        {
          code: 'format_too_new',
          path: ['formatVersion'],
          message: `this plan has format version ${version}, newer than this program reads (${current}); upgrade avp`,
          params: { version, current },
        },
      ],
    }
  }
  let plan = data as Record<string, unknown>
  const notices: PlanNotice[] = []
  for (let from = version; from < current; from++) {
    const step = migrations.find((migration) => migration.from === from)
    if (step === undefined) {
      return {
        ok: false,
        issues: [
          {
            code: 'format_unknown',
            path: ['formatVersion'],
            message: `formatVersion must be a whole number from 1 to ${current}`,
            params: { current },
          },
        ],
      }
    }
    plan = { ...step.up(plan), formatVersion: step.to }
    notices.push({ code: 'upgraded', from: step.from, to: step.to, change: step.change })
  }
  return { ok: true, data: plan, notices }
}
