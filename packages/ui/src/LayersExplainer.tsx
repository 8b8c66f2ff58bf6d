import type { PublicNewsletter } from '@oneheart/contract'

/**
 * The explainer of the first, second and third layers, with the second-layer council's
 * functions drawn as a cycle. The cycle is an ordered list that ends where it began, so it
 * reads in order without styles and to a screen reader.
 */
export function LayersExplainer({
  newsletter,
  headingLevel = 2,
}: {
  newsletter: Pick<PublicNewsletter, 'layersExplanation' | 'secondLayerFunctions'>
  headingLevel?: 2 | 3
}) {
  const Heading = `h${headingLevel}` as const
  const paragraphs = (newsletter.layersExplanation ?? '').split(/\n+/).filter((line) => line.trim())
  if (paragraphs.length === 0 && newsletter.secondLayerFunctions.length === 0) return null
  return (
    <section className="layers" aria-labelledby="layers-title">
      <Heading id="layers-title" className="layers__title">
        第1層・第2層・第3層ってなあに？
      </Heading>
      {paragraphs.map((paragraph, index) => (
        <p key={index} className="layers__text">
          {paragraph}
        </p>
      ))}
      {newsletter.secondLayerFunctions.length > 0 && (
        <figure className="layers__cycle">
          <figcaption>第2層協議体のはたらき（ひとまわりしたら、また最初から）</figcaption>
          <ol className={`cycle cycle--${newsletter.secondLayerFunctions.length}`}>
            {newsletter.secondLayerFunctions.map((text, index) => (
              <li key={index} className="cycle__step">
                {text}
              </li>
            ))}
          </ol>
        </figure>
      )}
    </section>
  )
}
