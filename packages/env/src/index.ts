/**
 * Every environment variable One Heart reads, each listed once with its default and meaning,
 * parsed once per process. Nothing else in apps/ or packages/ reads process.env.
 */
export { findRepoRoot } from './repoRoot.ts'
export { serverEnv, type ServerEnv } from './server.ts'
export { siteEnv, type SiteEnv } from './site.ts'
export { printEnv, type PrintEnv } from './print.ts'
export { childEnvironment, engineEnv, isDevelopment, type EngineEnv } from './engines.ts'
