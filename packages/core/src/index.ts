/**
 * @module @avp/core
 * The venture plan, its parser, `analyze` and the engines — pure and isomorphic: no I/O, no clock, no
 * global randomness, so the same code runs in the CLI, the server and the browser.
 */
export * from './analysis/index.ts'
export * from './compliance/index.ts'
export * from './compute/index.ts'
export * from './errors.ts'
export * from './finance/index.ts'
export * from './guide/index.ts'
export * from './i18n/index.ts'
export * from './plan/index.ts'
export * from './risk/index.ts'
export * from './strategy/index.ts'
export * from './team/index.ts'
export * from './time/index.ts'
