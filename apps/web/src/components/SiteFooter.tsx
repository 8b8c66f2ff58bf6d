import type { PublicNewsletter } from '@oneheart/contract'
import { api } from '~/lib/api'

async function readNewsletter(): Promise<PublicNewsletter | null> {
  try {
    return await (await api()).editions.newsletter()
  } catch (error) {
    console.error('footer: newsletter settings could not be read', error)
    return null
  }
}

/** The footer every page ends with, as the paper's: publisher, phone (section), the city's page. */
export async function SiteFooter() {
  const newsletter = await readNewsletter()
  const publisher = newsletter?.publisher
  return (
    <footer className="site-footer">
      <p>発行：{publisher?.name || '高崎市 生活支援コーディネーター'}</p>
      {publisher?.phone && (
        <p>
          お問い合わせ：電話 <a href={`tel:${publisher.phone.replace(/[^\d+]/g, '')}`}>{publisher.phone}</a>
          {publisher.department && `（${publisher.department}）`}
        </p>
      )}
      {publisher?.cityPageUrl && (
        <p>
          市のページ：<a href={publisher.cityPageUrl}>{publisher.cityPageTitle || publisher.cityPageUrl}</a>
        </p>
      )}
      <p>
        <a href="/feed.xml">新しい号と記事のお知らせ（フィード）</a>
      </p>
    </footer>
  )
}
