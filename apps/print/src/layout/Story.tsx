import type { PublicArticle, PublicEvent, PublicMeeting } from '@oneheart/contract'
import { ArticleBlocks, EraDate, EventFacts, formatHeadcount, MeetingSummaries, SessionTable } from '@oneheart/ui'
import { printImageUrl } from './images.ts'

/** An announced event as a boxed notice: purpose, theme, capacity, then the sessions' table. */
export function EventBox({ event, headingLevel = 3 }: { event: PublicEvent; headingLevel?: 1 | 3 }) {
  const Heading = `h${headingLevel}` as const
  return (
    <section className="event-box">
      <Heading className="event-box__title">{event.title}</Heading>
      <EventFacts event={event} className="event-box__facts" />
      <SessionTable sessions={event.sessions} />
    </section>
  )
}

/** One article as the leaflet prints it, with the events it announces and the meetings it summarises (each shown once per issue, by the caller). */
export function Story({ article, events, meetings }: { article: PublicArticle; events: PublicEvent[]; meetings: PublicMeeting[] }) {
  return (
    <article className={`story story--${article.kind}`}>
      <header className="story__header">
        {article.districts.length > 0 && <p className="story__district">{article.districts.map((d) => `${d.name}地区`).join('・')}</p>}
        <h2 className="story__title">{article.title}</h2>
      </header>
      {article.visit && (
        <p className="story__visit">
          {article.visit.visitors}
          {article.visit.headcount !== null && `（${formatHeadcount(article.visit.headcount, article.visit.staffCount)}）`}
          {article.visit.visitedOn && (
            <>
              {'　'}
              <EraDate value={article.visit.visitedOn} />
            </>
          )}
        </p>
      )}
      {article.place && <p className="story__place">場所：{article.place}</p>}
      {article.lead && <p className="story__lead">{article.lead}</p>}
      <ArticleBlocks blocks={article.blocks} imageUrl={printImageUrl} longDescriptions={false} />
      {article.photos.map((photo) => (
        <figure key={photo.image.url} className="story__photo">
          <img src={printImageUrl(photo.image.url)} alt={photo.image.alt} data-name={photo.image.url.split('/').pop()} />
          {photo.caption && <figcaption>{photo.caption}</figcaption>}
        </figure>
      ))}
      {events.map((event) => (
        <EventBox key={event.id} event={event} />
      ))}
      <MeetingSummaries meetings={meetings} />
    </article>
  )
}
