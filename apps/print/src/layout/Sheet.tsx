import type { ReactNode } from 'react'
import { type Edition, stylesheetsOf } from './editions.ts'

export interface SheetMeta {
  title: string
  author: string
  subject: string
}

/** The HTML document around one printed piece: language, title and the edition's styles; `top` is the screen preview's bar. */
export function Sheet({ meta, edition, top, children }: { meta: SheetMeta; edition: Edition | 'flyer'; top?: ReactNode; children: ReactNode }) {
  return (
    <html lang="ja">
      <head>
        <meta charSet="utf-8" />
        <title>{meta.title}</title>
        <meta name="author" content={meta.author} />
        <meta name="description" content={meta.subject} />
        {stylesheetsOf(edition).map((href) => (
          <link key={href} rel="stylesheet" href={href} />
        ))}
      </head>
      <body className={`edition edition--${edition}`}>
        {top}
        {children}
      </body>
    </html>
  )
}
