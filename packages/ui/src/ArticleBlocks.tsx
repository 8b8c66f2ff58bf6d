import type { PublicArticleBlock } from '@oneheart/contract'
import type { ReactNode } from 'react'
import { RichText } from './RichText.tsx'

type Level = 2 | 3 | 4

interface Options {
  /** The heading level of 【目的】 and box titles: under the page's h1 on the site, under a story's h2 on paper. */
  headingLevel?: Level
  /** How a run of text is shown, e.g. with furigana on the site. */
  renderText?: (text: string) => ReactNode
  /** Where an image is fetched from (the print app serves them itself). */
  imageUrl?: (url: string) => string
  /** The site offers a diagram's long description; paper has no room to fold it away. */
  longDescriptions?: boolean
}

const paragraphs = (text: string) => text.split(/\n{2,}/)

function Block({
  block,
  headingLevel = 3,
  renderText = (text) => text,
  imageUrl = (url) => url,
  longDescriptions = true,
}: Options & { block: PublicArticleBlock }) {
  const Heading = `h${headingLevel}` as const
  switch (block.type) {
    case 'part':
      return (
        <section className={`article-part article-part--${block.part}`}>
          <Heading className="article-part__heading">【{block.label}】</Heading>
          {paragraphs(block.text).map((paragraph, index) => (
            <p key={index}>{renderText(paragraph)}</p>
          ))}
        </section>
      )
    case 'text':
      return <RichText data={block.body} renderText={renderText} />
    case 'steps':
      // An ordered list first of all: without styles, and to a screen reader, it is the sequence of steps.
      return (
        <section className="step-flow">
          {block.title && <Heading className="step-flow__title">{renderText(block.title)}</Heading>}
          <ol className="step-flow__steps">
            {block.steps.map((step, index) => (
              <li key={index} className="step-flow__step">
                <span className="step-flow__what">{renderText(step.title)}</span>
                {step.detail && <span className="step-flow__who">{renderText(step.detail)}</span>}
              </li>
            ))}
          </ol>
        </section>
      )
    case 'box':
      return (
        <aside className={`box box--${block.tone}`} aria-label={block.title}>
          <Heading className="box__title">{renderText(block.title)}</Heading>
          <RichText data={block.body} renderText={renderText} />
        </aside>
      )
    case 'figure':
      return (
        <figure className="figure">
          <img
            src={imageUrl(block.image.url)}
            alt={block.alt}
            width={block.image.width ?? undefined}
            height={block.image.height ?? undefined}
            data-name={block.image.url.split('/').pop()}
          />
          {block.caption && <figcaption>{renderText(block.caption)}</figcaption>}
          {longDescriptions && block.longDescription && (
            <details className="figure__long">
              <summary>図の説明を読む</summary>
              {paragraphs(block.longDescription).map((paragraph, index) => (
                <p key={index}>{renderText(paragraph)}</p>
              ))}
            </details>
          )}
        </figure>
      )
    case 'quote':
      return (
        <figure className="quote">
          <blockquote>
            {paragraphs(block.text).map((paragraph, index) => (
              <p key={index}>{renderText(paragraph)}</p>
            ))}
          </blockquote>
          {block.speaker && <figcaption>（{renderText(block.speaker)}）</figcaption>}
        </figure>
      )
    case 'table':
      return (
        <div className="table-block">
          <table>
            {block.caption && <caption>{renderText(block.caption)}</caption>}
            {block.header && (
              <thead>
                <tr>
                  {block.header.map((cell, index) => (
                    <th key={index} scope="col">
                      {renderText(cell)}
                    </th>
                  ))}
                </tr>
              </thead>
            )}
            <tbody>
              {block.rows.map((row, rowIndex) => (
                <tr key={rowIndex}>
                  {row.map((cell, index) => (
                    <td key={index}>{renderText(cell)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )
  }
}

/** An article's body in the order the editor laid it out, the same on the site and on paper. */
export function ArticleBlocks({ blocks, ...options }: Options & { blocks: PublicArticleBlock[] }) {
  if (blocks.length === 0) return null
  return (
    <div className="article-blocks">
      {blocks.map((block, index) => (
        <Block key={index} block={block} {...options} />
      ))}
    </div>
  )
}
