/**
 * A script of our own, written into the page as it is. Reader pages reach the browser without
 * React (server/withoutNextRuntime.ts), so what they do there (the web font, read-aloud, search
 * suggestions) is done by small scripts like this one; the site's server adds each one's hash to
 * the page's content policy (server/hashInlineScripts.ts). Written in ES5: old phones run them.
 */
export function InlineScript({ id, source }: { id?: string; source: string }) {
  // biome-ignore lint/security/noDangerouslySetInnerHtml: constants of our own, hashed into the page's content policy
  return <script id={id} dangerouslySetInnerHTML={{ __html: source }} />
}
