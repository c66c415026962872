/**
 * @module test-support
 * Test helpers shared with the server's tests (`@avp/store/test-support`); not part of the build.
 */
export * from './stores.ts'
