import { defineConfig } from 'vitest/config'

// Tests run the TypeScript sources of every workspace package through the `@avp/source` export condition,
// so no build is needed before `npm test`.
export default defineConfig({
  resolve: { conditions: ['@avp/source', 'module', 'import', 'default'] },
  ssr: { resolve: { conditions: ['@avp/source', 'module', 'node', 'default'] } },
  test: {
    include: ['packages/*/src/**/*.test.ts'],
    setupFiles: ['./scripts/fail-on-console.ts'],
    testTimeout: 30_000,
    benchmark: { include: ['packages/*/src/**/*.bench.ts'] },
  },
})
