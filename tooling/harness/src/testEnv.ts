import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

/** The environment every test process shares: its own database, media folder and secrets. */
export function testEnv(databaseUrl: string): Record<string, string> {
  return {
    DATABASE_URL: databaseUrl,
    PAYLOAD_SECRET: 'test-secret-for-oneheart-tests-only',
    MEDIA_DIR: process.env.MEDIA_DIR ?? mkdtempSync(path.join(tmpdir(), 'oneheart-test-media-')),
    NODE_ENV: 'test',
    // Test databases hold the demo content: printed addresses default to the local site (PUBLIC_SITE_URL unset).
    ONEHEART_DEMO: 'true',
  }
}

/** The administrator every test database has, for browser tests that log into the admin. */
export const TEST_ADMIN = { email: 'e2e-admin@oneheart.local', password: 'e2e-password-123' } as const
