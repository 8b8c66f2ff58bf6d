import type { PublicActivity, PublicIssueEdition } from '@oneheart/contract'
import { siteEnv } from '@oneheart/env'
import { IssueDate, LayersExplainer } from '@oneheart/ui'
import { companionsOf } from '~/lib/companions'
import { ArticleView } from './ArticleView'
import { BackIssueView } from './BackIssueView'
import { Greeting, RequestBox } from './IssueParts'

/** Which article shows each event or meeting: the first that names it, so one announced twice appears once, as on paper. */
function firstNamedBy(articles: PublicIssueEdition['articles'], field: 'events' | 'meetings'): Map<number, number> {
  const owner = new Map<number, number>()
  for (const article of articles) for (const ref of article[field]) if (!owner.has(ref.id)) owner.set(ref.id, article.id)
  return owner
}

/**
 * One issue as the paper reads: contents, greeting, every article in printed order with its
 * text, events and meetings, then the coordinators' request box (the site's footer follows).
 * The published page and the editors' live preview alike; a back issue shows its pages instead.
 */
export function IssueView({
  edition,
  activities,
  on,
  articleHref = (article) => `/articles/${article.slug}`,
  printQuery = '',
}: {
  edition: PublicIssueEdition
  activities: PublicActivity[]
  on: boolean
  articleHref?: (article: { id: number; slug: string }) => string
  printQuery?: string
}) {
  if (edition.issue.backIssue) return <BackIssueView edition={edition} on={on} articleHref={articleHref} />
  const { issue, articles, newsletter } = edition
  const print = siteEnv().PRINT_URL
  const pdf = (edition: string) => `${print}/issues/${issue.number}/${edition}.pdf${printQuery}`
  const eventOwner = firstNamedBy(articles, 'events')
  const meetingOwner = firstNamedBy(articles, 'meetings')
  const all = { events: edition.events, meetings: edition.meetings, activities }
  return (
    <div className="issue">
      <h1>{issue.title}</h1>
      <p>
        <IssueDate value={issue.issuedOn} />
      </p>
      <p>
        紙の版（PDF）：<a href={pdf('standard')}>ふつうの版</a>・<a href={pdf('large')}>拡大版</a>・<a href={pdf('mono')}>白黒版</a>
      </p>
      {articles.length > 0 && (
        <nav aria-labelledby="contents" className="contents">
          <h2 id="contents">この号の記事</h2>
          <ol>
            {articles.map((article) => (
              <li key={article.id}>
                <a href={`#article-${article.slug}`}>{article.title}</a>
              </li>
            ))}
          </ol>
        </nav>
      )}
      {issue.greeting && <Greeting text={issue.greeting} />}
      {articles.map((article) => {
        const own = companionsOf(article, all)
        const companions = {
          ...own,
          events: own.events.filter((event) => eventOwner.get(event.id) === article.id),
          meetings: own.meetings.filter((meeting) => meetingOwner.get(meeting.id) === article.id),
        }
        return <ArticleView key={article.id} article={article} on={on} companions={companions} level={2} href={articleHref(article)} />
      })}
      {issue.showLayers && <LayersExplainer newsletter={newsletter} />}
      {issue.requestBox != null && <RequestBox data={issue.requestBox} />}
    </div>
  )
}
