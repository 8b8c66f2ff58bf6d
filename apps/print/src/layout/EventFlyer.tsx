import type { PublicEventFlyer } from '@oneheart/contract'
import type { ReactNode } from 'react'
import { Colophon } from './Colophon.tsx'
import { Sheet } from './Sheet.tsx'
import { EventBox } from './Story.tsx'

/** One event on one A4 page, for notice boards at councils and gathering places. */
export function EventFlyer({ content, pageUrl, top }: { content: PublicEventFlyer; pageUrl: string; top?: ReactNode }) {
  const { newsletter, event } = content
  const meta = { title: `${event.title}（お知らせ）`, author: newsletter.publisher.name, subject: newsletter.title }
  return (
    <Sheet meta={meta} edition="flyer" top={top}>
      <header className="flyer__header">
        <p className="flyer__from">
          {newsletter.title}　{newsletter.subtitle}
        </p>
        <p className="flyer__kicker">お知らせ</p>
      </header>
      <main>
        <EventBox event={event} headingLevel={1} />
      </main>
      <Colophon newsletter={newsletter} pageUrl={pageUrl} pageLabel="くわしくはウェブページで" />
    </Sheet>
  )
}
