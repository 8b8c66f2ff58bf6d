import type { PublicArticle, PublicArticleSummary } from '@oneheart/contract'
import { ArticleBlocks, EraDate, MeetingSummaries } from '@oneheart/ui'
import { Link } from '~/components/Link'
import { type Companions, districtLabel, firstSessionDate, NO_COMPANIONS } from '~/lib/companions'
import { EventDetails } from './EventDetails'
import { Furigana } from './Furigana'
import { ReadAloud } from './ReadAloud'
import { VisitFacts } from './VisitFacts'

/**
 * One article as the site shows it: its own page (level 1) and the live preview, or one story
 * of an issue's page (level 2, a section under the issue's heading, titled with a link).
 * `companions` are the events, meetings and activities it names, shown as the paper shows them.
 * An article found in a back issue (`backIssue`) links to the page of the original it starts on.
 */
export function ArticleView({
  article,
  on,
  companions = NO_COMPANIONS,
  previous,
  next,
  level = 1,
  href = `/articles/${article.slug}`,
  backIssue = false,
}: {
  article: PublicArticle
  on: boolean
  companions?: Companions
  previous?: PublicArticleSummary
  next?: PublicArticleSummary
  level?: 1 | 2
  href?: string
  backIssue?: boolean
}) {
  const Title = level === 1 ? 'h1' : 'h2'
  const sub = level === 1 ? 2 : 3
  const activityDistrict = (id: number) => companions.activities.find((activity) => activity.id === id)?.district?.name
  const eventDate = (id: number) => {
    const event = companions.events.find((candidate) => candidate.id === id)
    return event ? firstSessionDate(event) : null
  }
  const related = [
    ...article.councils.map((ref) => ({ key: `c${ref.id}`, kind: '協議体', href: `/councils/${ref.slug}`, name: ref.name, detail: null })),
    ...article.activities.map((ref) => {
      const district = activityDistrict(ref.id)
      return { key: `a${ref.id}`, kind: '活動', href: `/activities/${ref.slug}`, name: ref.name, detail: district ? <>（{districtLabel(district)}）</> : null }
    }),
    ...article.events.map((ref) => {
      const date = eventDate(ref.id)
      return {
        key: `e${ref.id}`,
        kind: 'イベント',
        href: `/events#${ref.slug}`,
        name: ref.name,
        detail: date ? (
          <>
            （<EraDate value={date} />
            から）
          </>
        ) : null,
      }
    }),
  ]
  const id = level === 1 ? 'article' : `article-${article.slug}`
  return (
    <article id={id} className="article" aria-labelledby={level === 1 ? undefined : `${id}-title`}>
      {article.districts.length > 0 && <p className="district-label">{article.districts.map((district) => districtLabel(district.name)).join('・')}</p>}
      <Title id={level === 1 ? undefined : `${id}-title`}>
        {level === 1 ? (
          <Furigana text={article.title} on={on} />
        ) : (
          <Link href={href}>
            <Furigana text={article.title} on={on} />
          </Link>
        )}
      </Title>
      {level === 1 && article.publishedOn && (
        <p>
          <EraDate value={article.publishedOn} />
          {article.issueNumber && (
            <>
              ・<Link href={`/issues/${article.issueNumber}`}>第{article.issueNumber}号</Link>
            </>
          )}
        </p>
      )}
      {level === 1 && article.issueNumber && article.sourcePage && (
        <p className="source-page">
          <Link href={`/issues/${article.issueNumber}#p${article.sourcePage}`}>
            第{article.issueNumber}号{backIssue && '（過去の号）'}の{article.sourcePage}ページから
          </Link>
        </p>
      )}
      {article.visit && <VisitFacts visit={article.visit} hosts={article.activities} companions={companions} />}
      {article.place && <p>場所：{article.place}</p>}
      {level === 1 && <ReadAloud targetId="article" />}
      {article.lead && (
        <p className="lead">
          <Furigana text={article.lead} on={on} />
        </p>
      )}
      <ArticleBlocks blocks={article.blocks} headingLevel={sub} renderText={(text) => <Furigana text={text} on={on} />} />
      {/* After the story's text, below the first screen: fetched as the reader comes near, so a
          phone's slow connection first carries what paints the page (React otherwise hints
          every photo to the browser in the page's head). */}
      {article.photos.map((photo) => (
        <figure key={photo.image.url}>
          <img
            src={photo.image.url}
            alt={photo.image.alt}
            width={photo.image.width ?? undefined}
            height={photo.image.height ?? undefined}
            loading="lazy"
            decoding="async"
          />
          {photo.caption && (
            <figcaption>
              <Furigana text={photo.caption} on={on} />
            </figcaption>
          )}
        </figure>
      ))}
      {companions.events.map((event) => (
        <EventDetails key={event.id} event={event} headingLevel={sub} />
      ))}
      <MeetingSummaries meetings={companions.meetings} headingLevel={sub} />
      {level === 1 && related.length > 0 && (
        <section aria-labelledby="related">
          <h2 id="related">この記事に出てくる協議体・活動・イベント</h2>
          <ul>
            {related.map((item) => (
              <li key={item.key}>
                {item.kind}：<Link href={item.href}>{item.name}</Link>
                {item.detail}
              </li>
            ))}
          </ul>
        </section>
      )}
      {(previous || next) && (
        <nav aria-label="同じ号の記事" className="pager">
          {previous ? (
            <Link href={`/articles/${previous.slug}`} rel="prev">
              ← 前の記事：{previous.title}
            </Link>
          ) : (
            <span />
          )}
          {next && (
            <Link href={`/articles/${next.slug}`} rel="next">
              次の記事：{next.title} →
            </Link>
          )}
        </nav>
      )}
    </article>
  )
}
