import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import type { ReactNode } from 'react'
import { Link } from '~/components/Link'
import { OutsideSearchPage } from '~/components/OutsideSearchPage'
import { ReaderSettings } from '~/components/ReaderSettings'
import { SearchBox } from '~/components/SearchBox'
import { SiteFooter } from '~/components/SiteFooter'
import { WebFont, WebFontIfLoadedBefore } from '~/components/WebFont'
import { parseLook } from '~/lib/preferences'
import './site.css'
import './blocks.css'
import { siteEnv } from '@oneheart/env'

export const metadata: Metadata = {
  title: { default: 'めざせ！ワンハート', template: '%s | めざせ！ワンハート' },
  description: '高崎市生活支援コーディネーター通信「めざせ！ワンハート」のウェブ版',
  metadataBase: new URL(siteEnv().WEB_URL),
  alternates: { types: { 'application/atom+xml': '/feed.xml' } },
}

const SECTIONS = [
  { href: '/', label: 'ホーム' },
  { href: '/issues', label: 'バックナンバー' },
  { href: '/activities', label: '地域の活動' },
  { href: '/councils', label: '協議体' },
  { href: '/events', label: 'イベント' },
  { href: '/search', label: '検索' },
]

// Pages are rendered on first request and then served from the cache until Payload's hooks
// revalidate them (see app/api/revalidate); hourly at the latest, for "upcoming" lists.
export const revalidate = 3600
export const dynamicParams = true
export function generateStaticParams() {
  return []
}

export default async function RootLayout({ children, params }: { children: ReactNode; params: Promise<{ look: string }> }) {
  const preferences = parseLook((await params).look)
  if (!preferences) notFound()
  const { size, contrast } = preferences
  return (
    <html lang="ja" className={`text-${size} contrast-${contrast}`}>
      <head>
        <WebFontIfLoadedBefore />
      </head>
      <body>
        <a className="skip-link" href="#main">
          本文へ移動
        </a>
        <header className="site-header">
          <div className="site-header__top">
            <p className="site-name">
              <Link href="/" className="site-title">
                めざせ！ワンハート
              </Link>
              <span className="site-subtitle">高崎市生活支援コーディネーター通信</span>
            </p>
            <ReaderSettings {...preferences} />
          </div>
          <nav aria-label="サイトの案内" className="site-nav">
            <ul>
              {SECTIONS.map((section) => (
                <li key={section.href}>
                  <Link href={section.href}>{section.label}</Link>
                </li>
              ))}
            </ul>
          </nav>
          <OutsideSearchPage>
            <SearchBox id="site-search" />
          </OutsideSearchPage>
        </header>
        <main id="main">{children}</main>
        <SiteFooter />
        <WebFont />
      </body>
    </html>
  )
}
