import { afterEach, beforeEach, vi } from 'vitest'

// A test that logs is a test hiding something: any console call fails it (after zod's scripts/fail-on-console).
const methods = ['log', 'info', 'warn', 'error', 'debug'] as const
beforeEach(() => {
  for (const method of methods) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      throw new Error(`console.${method} called during a test: ${args.map(String).join(' ')}`)
    })
  }
})
afterEach(() => {
  vi.restoreAllMocks()
})
