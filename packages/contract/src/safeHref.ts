/**
 * Which link targets a reader may be sent to: web pages, mail, phone, and paths on this site.
 * Anything else (javascript:, vbscript:, data:, file:, a custom app scheme) could run code or
 * open something other than a page, so it is refused when saved and left unlinked when shown.
 */
const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:'])

/** A stand-in origin so relative links parse; its protocol is one of the allowed ones. */
const BASE = 'https://relative.invalid/'

export function isSafeHref(href: unknown): boolean {
  if (typeof href !== 'string') return false
  try {
    // The WHATWG parser is what browsers use: it drops the tabs, line breaks and leading
    // control characters that hide a scheme (`java\nscript:`), so the check sees what they see.
    return ALLOWED_PROTOCOLS.has(new URL(href, BASE).protocol)
  } catch {
    return false
  }
}

type LexicalNode = { type?: string; fields?: { url?: unknown; linkType?: string }; children?: unknown[] }

/** Whether a Lexical node is a link to a typed-in address (internal links point at records). */
export function linkUrlOf(node: LexicalNode): string | null {
  if (node.type !== 'link' && node.type !== 'autolink') return null
  if (node.fields?.linkType === 'internal') return null
  return typeof node.fields?.url === 'string' ? node.fields.url : ''
}

/** Every typed-in link address in a Lexical document that is not safe to follow. */
export function unsafeLinksIn(document: unknown): string[] {
  const found: string[] = []
  const visit = (node: unknown) => {
    if (!node || typeof node !== 'object') return
    const url = linkUrlOf(node as LexicalNode)
    if (url !== null && !isSafeHref(url)) found.push(url)
    const children = (node as LexicalNode).children
    if (Array.isArray(children)) children.forEach(visit)
  }
  visit((document as { root?: unknown } | null)?.root)
  return found
}

/**
 * The document with every unsafe link replaced by its own text (the link's children), for
 * content saved before links were checked: the API never hands such a link to a client.
 */
export function withoutUnsafeLinks<T>(document: T): T {
  if (!unsafeLinksIn(document).length) return document
  const clean = (node: unknown): unknown[] => {
    if (!node || typeof node !== 'object') return [node]
    const url = linkUrlOf(node as LexicalNode)
    const children = (node as LexicalNode).children
    const cleaned = Array.isArray(children) ? children.flatMap(clean) : undefined
    if (url !== null && !isSafeHref(url)) return cleaned ?? []
    return [cleaned ? { ...(node as object), children: cleaned } : node]
  }
  const root = (document as { root?: unknown }).root
  return { ...(document as object), root: clean(root)[0] } as T
}
