import type { Metadata } from 'next'
import { NotFoundHelp } from '~/components/NotFoundHelp'
import { WebFont } from '~/components/WebFont'
import './[look]/site.css'

export const metadata: Metadata = { title: 'ページが見つかりません | めざせ！ワンハート' }

/** Addresses no route matches: a whole page of its own, rendered on the server (no JavaScript needed). */
export default function GlobalNotFound() {
  return (
    <html lang="ja">
      <body>
        <header className="site-header">
          <a href="/" className="site-title">
            めざせ！ワンハート
          </a>
          <p className="site-subtitle">高崎市生活支援コーディネーター通信</p>
        </header>
        <main id="main">
          <NotFoundHelp />
        </main>
        <WebFont />
      </body>
    </html>
  )
}
