import type { PublicArticle, PublicIssueEdition } from '@oneheart/contract'
import { LayersExplainer } from '@oneheart/ui'
import type { ReactNode } from 'react'
import { Colophon } from './Colophon.tsx'
import type { Edition } from './editions.ts'
import { Masthead } from './Masthead.tsx'
import { RequestBox } from './RequestBox.tsx'
import { Sheet } from './Sheet.tsx'
import { Story } from './Story.tsx'

/** Which article shows each event or meeting: the first that names it, so one announced twice is boxed once. */
function shownBy(articles: PublicArticle[], field: 'events' | 'meetings'): Map<number, number> {
  const owner = new Map<number, number>()
  for (const article of articles) for (const ref of article[field]) if (!owner.has(ref.id)) owner.set(ref.id, article.id)
  return owner
}

/** One issue as the A4 leaflet: masthead, greeting, the articles in order, the request box, the footer. */
export function IssueEdition({ content, edition, pageUrl, top }: { content: PublicIssueEdition; edition: Edition; pageUrl: string; top?: ReactNode }) {
  const { newsletter, issue, articles, events, meetings } = content
  const eventOwner = shownBy(articles, 'events')
  const meetingOwner = shownBy(articles, 'meetings')
  const meta = { title: `${newsletter.title} ${issue.title}`, author: newsletter.publisher.name, subject: newsletter.subtitle }
  return (
    <Sheet meta={meta} edition={edition} top={top}>
      <Masthead newsletter={newsletter} issue={issue} />
      <div className="flow">
        <main>
          {issue.greeting && (
            <section className="greeting">
              <h2 className="greeting__title">みなさまへ</h2>
              {issue.greeting.split(/\n{2,}/).map((paragraph, index) => (
                <p key={index}>{paragraph}</p>
              ))}
            </section>
          )}
          {articles.map((article) => (
            <Story
              key={article.id}
              article={article}
              events={events.filter((event) => eventOwner.get(event.id) === article.id)}
              meetings={meetings.filter((meeting) => meetingOwner.get(meeting.id) === article.id)}
            />
          ))}
          {issue.showLayers && <LayersExplainer newsletter={newsletter} />}
          {issue.requestBox != null && <RequestBox body={issue.requestBox} />}
          {/* The footer flows at the end of the columns, kept with the last content: never a page of its own. */}
          <Colophon newsletter={newsletter} pageUrl={pageUrl} pageLabel="この号のウェブページ" />
        </main>
      </div>
    </Sheet>
  )
}
