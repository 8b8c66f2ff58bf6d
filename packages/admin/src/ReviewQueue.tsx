import { jaLabel, REVIEW_STATES } from '@oneheart/contract'
import { hasRole } from '@oneheart/schema'
import type { Payload, TypedUser } from 'payload'

type Item = {
  id: number
  title: string
  collection: 'articles' | 'activities'
  state: string
  submittedAt?: string | null
  comment?: string | null
  author?: string | null
}

const COLLECTION_NAMES = { articles: '記事', activities: '活動' } as const
const when = (value?: string | null) =>
  value ? new Date(value).toLocaleString('ja-JP', { timeZone: 'Asia/Tokyo', dateStyle: 'medium', timeStyle: 'short' }) : ''

async function drafts(payload: Payload, user: TypedUser, where: Record<string, unknown>): Promise<Item[]> {
  const found = await Promise.all(
    (['articles', 'activities'] as const).map(async (collection) => {
      const { docs } = await payload.find({
        collection,
        where: where as never,
        draft: true,
        depth: 1,
        limit: 50,
        sort: '-updatedAt',
        overrideAccess: false,
        user,
      })
      return docs.map((doc) => {
        const record = doc as unknown as {
          id: number
          title?: string
          name?: string
          review?: { state?: string; submittedAt?: string; comment?: string }
          createdBy?: { name?: string } | number | null
        }
        return {
          id: record.id,
          title: record.title ?? record.name ?? `#${record.id}`,
          collection,
          state: record.review?.state ?? 'writing',
          submittedAt: record.review?.submittedAt,
          comment: record.review?.comment,
          author: typeof record.createdBy === 'object' ? record.createdBy?.name : null,
        }
      })
    }),
  )
  return found.flat()
}

function Rows({ items, empty }: { items: Item[]; empty: string }) {
  if (items.length === 0) return <p>{empty}</p>
  return (
    <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {items.map((item) => (
        <li key={`${item.collection}-${item.id}`} style={{ padding: '8px 0', borderBottom: '1px solid var(--theme-elevation-100)' }}>
          <a href={`/admin/collections/${item.collection}/${item.id}`} style={{ fontWeight: 700 }}>
            {item.title}
          </a>
          <span style={{ marginLeft: 8, fontSize: 13 }}>
            {COLLECTION_NAMES[item.collection]}・{jaLabel(REVIEW_STATES, item.state as never)}
            {item.author && `・${item.author}`}
            {item.submittedAt && `・依頼 ${when(item.submittedAt)}`}
          </span>
          {item.comment && <p style={{ margin: '4px 0 0', fontSize: 13 }}>編集者から: {item.comment}</p>}
        </li>
      ))}
    </ul>
  )
}

/**
 * The dashboard's first panel. Editors see the drafts contributors submitted, oldest first to
 * answer; contributors see their own drafts and what the editors said.
 */
export async function ReviewQueue({ payload, user }: { payload: Payload; user?: TypedUser | null }) {
  if (!user) return null
  const box = { border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: 16, marginBottom: 24 }
  if (hasRole(user as never, 'admin', 'editor')) {
    const waiting = (await drafts(payload, user, { 'review.state': { equals: 'submitted' } })).sort((a, b) =>
      String(a.submittedAt).localeCompare(String(b.submittedAt)),
    )
    return (
      <section style={box} aria-labelledby="review-queue-heading">
        <h2 id="review-queue-heading" style={{ marginTop: 0 }}>
          確認待ちの原稿（{waiting.length}件）
        </h2>
        <Rows items={waiting} empty="確認を待っている原稿はありません。" />
        <p style={{ fontSize: 13, marginBottom: 0 }}>
          開いて内容を確かめ、よければ「公開」、直してほしいときは確認の状態を「差し戻し」にしてコメントを書き、保存してください。
        </p>
      </section>
    )
  }
  const mine = await drafts(payload, user, { createdBy: { equals: user.id } })
  return (
    <section style={box} aria-labelledby="review-queue-heading">
      <h2 id="review-queue-heading" style={{ marginTop: 0 }}>
        あなたの原稿
      </h2>
      <Rows items={mine} empty="まだ原稿はありません。「記事」か「活動」から新しく書けます。" />
    </section>
  )
}
