export * from './ai-system.ts'
export * from './assumption.ts'
export * from './company.ts'
export * from './finance.ts'
export * from './funding.ts'
export { planJsonSchema, planJsonSchemaText } from './json-schema.ts'
export * from './market.ts'
export {
  type MigrationResult,
  migratePlan,
  type PlanMigration,
  type PlanNotice,
  planMigrations,
} from './migrate.ts'
export * from './model.ts'
export {
  locateIssues,
  type ParsePlanOptions,
  type ParsePlanResult,
  parsePlan,
  parsePlanText,
  validatePlan,
} from './parse.ts'
export { parsePlanPath, valueAtPath } from './plan-path.ts'
export * from './product.ts'
export * from './risk.ts'
export * from './strategy.ts'
export * from './team.ts'
export * from './venture-plan.ts'
