import { Fragment } from 'react'

/**
 * A web address as printed: it may break only after a slash, so a reader copying it from paper
 * sees whole names (`www.city.takasaki.gunma.jp/`, `issues/5`), never a name cut in two.
 */
export function PrintedUrl({ href }: { href: string }) {
  // The scheme stays with the host (https://www.example.jp/), then one piece per path segment with its slash.
  const pieces = href.match(/^[a-z][a-z0-9+.-]*:\/\/[^/]*\/?|[^/]+\/?|\//gi) ?? [href]
  return (
    <span className="printed-url">
      {pieces.map((piece, index) => (
        <Fragment key={index}>
          {index > 0 && <wbr />}
          <span className="printed-url__piece">{piece}</span>
        </Fragment>
      ))}
    </span>
  )
}
