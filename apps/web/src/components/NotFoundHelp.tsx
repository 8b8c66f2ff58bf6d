import { Link } from '~/components/Link'

/** What a reader sees for a page that is not there: plain words and ways to go on. */
export function NotFoundHelp() {
  return (
    <>
      <h1>ページが見つかりません</h1>
      <p>お探しのページは、移動したか、なくなった可能性があります。アドレスに打ち間違いがないかもお確かめください。</p>
      <ul>
        <li>
          <Link href="/">ホームにもどる</Link>
        </li>
        <li>
          <Link href="/issues">バックナンバーを見る</Link>
        </li>
        <li>
          <Link href="/search">言葉でさがす</Link>
        </li>
      </ul>
    </>
  )
}
