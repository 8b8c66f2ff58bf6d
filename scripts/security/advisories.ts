/**
 * Published security advisories for the frameworks One Heart runs on, with the first release
 * that fixes each. dependencies.test.ts fails when an installed copy is older than the newest
 * fix listed for its package. Add an entry when an advisory is published (the GitHub advisory
 * database, the vendors' release notes); never remove one.
 *
 * `payload` entries apply to every `@payloadcms/*` package: they are released together.
 */
export interface Advisory {
  /** GHSA or CVE id; a vendor release that fixed undisclosed issues is named by its release. */
  id: string
  package: 'next' | 'payload' | 'react' | 'react-dom'
  fixedIn: string
  summary: string
}

export const ADVISORIES: Advisory[] = [
  { id: 'CVE-2025-66478', package: 'next', fixedIn: '16.0.7', summary: 'React Server Components remote code execution (React2Shell), as shipped in Next' },
  { id: 'CVE-2026-23869', package: 'next', fixedIn: '16.2.3', summary: 'Server Function endpoints denial of service (App Router)' },
  { id: 'GHSA-267c-6grr-h53f', package: 'next', fixedIn: '16.2.6', summary: 'Middleware bypass through App Router segment-prefetch routes' },
  { id: 'GHSA-26hh-7cqf-hhc6', package: 'next', fixedIn: '16.2.6', summary: 'Follow-up to the segment-prefetch middleware bypass' },
  { id: 'GHSA-492v-c6pp-mqqv', package: 'next', fixedIn: '16.2.6', summary: 'Middleware bypass through dynamic route parameters' },
  { id: 'GHSA-36qx-fr4f-26g5', package: 'next', fixedIn: '16.2.6', summary: 'Middleware bypass through Pages Router i18n routing' },
  { id: 'GHSA-c4j6-fc7j-m34r', package: 'next', fixedIn: '16.2.6', summary: 'Server-side request forgery through WebSocket upgrades' },
  { id: 'CVE-2025-55182', package: 'react', fixedIn: '19.2.1', summary: 'React Server Components remote code execution' },
  { id: 'CVE-2025-55182', package: 'react-dom', fixedIn: '19.2.1', summary: 'React Server Components remote code execution (released together)' },
  { id: 'CVE-2026-23870', package: 'react', fixedIn: '19.2.6', summary: 'React Server Components denial of service (May 2026 release)' },
  { id: 'CVE-2026-23870', package: 'react-dom', fixedIn: '19.2.6', summary: 'React Server Components denial of service (released together)' },
  { id: 'CVE-2025-4643', package: 'payload', fixedIn: '3.44.0', summary: 'JWT still valid after logout' },
  { id: 'CVE-2025-4644', package: 'payload', fixedIn: '3.44.0', summary: 'Session fixation through reused identifiers' },
  { id: 'CVE-2026-25574', package: 'payload', fixedIn: '3.74.0', summary: 'Cross-collection IDOR on payload-preferences' },
  { id: 'payload v3.79.1 (stricter input validation)', package: 'payload', fixedIn: '3.79.1', summary: '2026 input-validation fixes named in issue 16' },
  {
    id: 'payload v3.90.0 (security release; ids published separately)',
    package: 'payload',
    fixedIn: '3.90.0',
    summary: 'Critical fixes: sessions revoked on password change, lock-outs cleared on reset, forgot-password throttled',
  },
]
