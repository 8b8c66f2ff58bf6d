import { createHash } from 'node:crypto'

/**
 * The reader site's pages are cached whole and served to every reader, so their inline scripts
 * (Next's page data) cannot carry a per-response nonce. Instead each page's policy names the
 * SHA-256 of exactly the inline scripts that page carries: a script injected into the page by
 * anyone else has another hash and does not run.
 */

/** `<script …>` openings without a `src`: inline scripts. Attributes are scanned, not parsed, which is enough for HTML React wrote. */
const INLINE_SCRIPT = /<script(?![^>]*\ssrc\s*=)(?:\s[^>]*)?>([\s\S]*?)<\/script\s*>/gi

/** CSP hash sources ('sha256-…') of every inline script in a page, in order, without repeats. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>()
  for (const match of html.matchAll(INLINE_SCRIPT)) {
    const body = match[1]!
    if (body.trim() === '') continue
    hashes.add(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`)
  }
  return [...hashes]
}

/** The policy with these hash sources added to its `script-src` (which it must have); the rest unchanged. */
export function withScriptHashes(policy: string, hashes: string[]): string {
  if (hashes.length === 0) return policy
  return policy
    .split(';')
    .map((directive) => (/^\s*script-src\s/i.test(directive) ? `${directive.trimEnd()} ${hashes.join(' ')}` : directive))
    .join(';')
}
