import path from 'node:path'
import { defineConfig } from 'vitest/config'

const shared = { environment: 'node' as const, pool: 'forks' as const }

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          ...shared,
          name: 'unit',
          // The site's own path alias (apps/web/tsconfig.json), for its route tests.
          alias: [{ find: /^~\//, replacement: `${path.resolve(import.meta.dirname, 'apps/web/src')}/` }],
          include: ['packages/*/src/**/*.test.{ts,tsx}', 'apps/*/src/**/*.test.{ts,tsx}', 'apps/*/server/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: ['**/*.int.test.*', '**/node_modules/**'],
        },
      },
      {
        test: {
          ...shared,
          name: 'int',
          include: ['packages/*/src/**/*.int.test.{ts,tsx}', 'apps/*/src/**/*.int.test.{ts,tsx}', 'tests/int/**/*.int.test.ts'],
          globalSetup: ['tests/support/globalSetup.ts'],
          setupFiles: ['tests/support/workerEnv.ts'],
          // One file at a time: they share a database and this machine has two cores.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          ...shared,
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          globalSetup: ['tests/support/e2eSetup.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
})
