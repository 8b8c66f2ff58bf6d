import { STORY_PARTS } from '@oneheart/schema'
import type { PublicArticle } from '@oneheart/schema/public'
import type { ReactNode } from 'react'

/** The labelled parts 【目的】【経緯】【様子】【今後】【感想】 in printed order, skipping empty ones. */
export function ArticleParts({
  parts,
  headingLevel = 3,
  renderText = (text) => text,
}: {
  parts: PublicArticle['parts']
  headingLevel?: 2 | 3 | 4
  /** How a paragraph's text is shown, e.g. with furigana on the site. */
  renderText?: (text: string) => ReactNode
}) {
  const Heading = `h${headingLevel}` as const
  const present = STORY_PARTS.filter((part) => parts[part.name])
  if (present.length === 0) return null
  return (
    <div className="article-parts">
      {present.map((part) => (
        <section key={part.name} className={`article-part article-part--${part.name}`}>
          <Heading className="article-part__heading">【{part.heading}】</Heading>
          {(parts[part.name] ?? '').split(/\n{2,}/).map((paragraph, index) => (
            <p key={index}>{renderText(paragraph)}</p>
          ))}
        </section>
      ))}
    </div>
  )
}
