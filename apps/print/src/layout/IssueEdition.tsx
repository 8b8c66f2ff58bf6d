import type { ReactNode } from 'react'
import type { PublicIssueEdition } from '@oneheart/schema/public'
import { Colophon } from './Colophon.tsx'
import type { Edition } from './editions.ts'
import { Masthead } from './Masthead.tsx'
import { Sheet } from './Sheet.tsx'
import { Story } from './Story.tsx'

/** One issue as the A4 leaflet: masthead, greeting, the articles in order, the request box, the footer. */
export function IssueEdition({ content, edition, pageUrl, top }: { content: PublicIssueEdition; edition: Edition; pageUrl: string; top?: ReactNode }) {
  const { newsletter, issue, articles, events, meetings } = content
  const meta = { title: `${newsletter.title} ${issue.title}`, author: newsletter.publisher.name, subject: newsletter.subtitle }
  return (
    <Sheet meta={meta} edition={edition} top={top}>
      <Masthead newsletter={newsletter} issue={issue} />
      <main className="flow">
        {issue.greeting && (
          <section className="greeting">
            <h2 className="greeting__title">みなさまへ</h2>
            {issue.greeting.split(/\n{2,}/).map((paragraph, index) => (
              <p key={index}>{paragraph}</p>
            ))}
          </section>
        )}
        {articles.map((article) => (
          <Story key={article.id} article={article} events={events} meetings={meetings} />
        ))}
        {newsletter.requestBox && (
          <aside className="request-box">
            <h2 className="request-box__title">コーディネーターへのご依頼・ご相談</h2>
            {newsletter.requestBox.split(/\n{2,}/).map((paragraph, index) => (
              <p key={index}>{paragraph}</p>
            ))}
          </aside>
        )}
      </main>
      <Colophon newsletter={newsletter} pageUrl={pageUrl} pageLabel="この号のウェブページ" />
    </Sheet>
  )
}
