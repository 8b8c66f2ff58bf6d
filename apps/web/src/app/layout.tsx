import type { Metadata } from 'next'
import Link from 'next/link'
import type { ReactNode } from 'react'
import { SearchBox } from '../components/SearchBox'
import './site.css'

export const metadata: Metadata = {
  title: { default: 'めざせ！ワンハート', template: '%s | めざせ！ワンハート' },
  description: '高崎市生活支援コーディネーター通信「めざせ！ワンハート」のウェブ版',
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="ja">
      <body>
        <a className="skip-link" href="#main">本文へ移動</a>
        <header className="site-header">
          <Link href="/" className="site-title">めざせ！ワンハート</Link>
          <p className="site-subtitle">高崎市生活支援コーディネーター通信</p>
          <SearchBox id="site-search" />
        </header>
        <main id="main">{children}</main>
      </body>
    </html>
  )
}
