export { startEmbeddedPostgres, portForDataDir, type EmbeddedServer } from './embedded.ts'
export { ensureDatabase, dropDatabase, createThrowawayDatabase, withDatabase } from './databases.ts'
export { waitForServer, readLocale, redact, withClient } from './probe.ts'
