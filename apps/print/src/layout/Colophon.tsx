import type { PublicNewsletter } from '@oneheart/contract'
import { renderSVG } from 'uqr'
import { PrintedUrl } from './PrintedUrl.tsx'

/** The footer: who publishes, how to reach them, and the web page as text and as a QR code. */
export function Colophon({ newsletter, pageUrl, pageLabel }: { newsletter: PublicNewsletter; pageUrl: string; pageLabel: string }) {
  const { publisher } = newsletter
  return (
    <footer className="colophon">
      <figure className="colophon__qr">
        {/* uqr draws the code as SVG paths: sharp at any print size, no image file to load. */}
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: the SVG is uqr's drawing of our own page address, never text from a person */}
        <div role="img" aria-label={`${pageLabel}のQRコード`} dangerouslySetInnerHTML={{ __html: renderSVG(pageUrl, { border: 1 }) }} />
        <figcaption>スマートフォンで読み取れます</figcaption>
      </figure>
      <div className="colophon__text">
        <p>
          <strong>発行元</strong>　{publisher.name}
        </p>
        {publisher.phone && (
          <p>
            <strong>お問い合わせ</strong>　電話 {publisher.phone}
            {publisher.department && `（${publisher.department}）`}
          </p>
        )}
        <p>
          <strong>{pageLabel}</strong>　<PrintedUrl href={pageUrl} />
        </p>
        {publisher.cityPageUrl && (
          <p>
            <strong>市のページ</strong>　{publisher.cityPageTitle && <>{publisher.cityPageTitle}　</>}
            <PrintedUrl href={publisher.cityPageUrl} />
          </p>
        )}
      </div>
    </footer>
  )
}
