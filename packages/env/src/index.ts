/**
 * Every environment variable One Heart reads, each listed once with its default and meaning,
 * parsed once per process. Nothing else in apps/ or packages/ reads process.env.
 */

export { childEnvironment, type EngineEnv, engineEnv, isDevelopment } from './engines.ts'
export { type PrintEnv, printEnv } from './print.ts'
export { findRepoRoot } from './repoRoot.ts'
export { type ServerEnv, serverEnv } from './server.ts'
export { type SiteEnv, siteEnv } from './site.ts'
