import type { PublicArticle, PublicNewsletter } from '@oneheart/schema/public'

export const REQUEST_BOX_TITLE = 'コーディネーターへのご依頼・ご相談'

/**
 * The coordinators' request, printed once per issue. The settings hold the default wording; an
 * issue that carries its own notice (an article of kind `notice`, the way coordinators word the
 * request for that issue) prints that instead, so the request is never printed twice.
 */
export function requestBoxText(newsletter: PublicNewsletter, articles: PublicArticle[]): string | null {
  if (articles.some((article) => article.kind === 'notice')) return null
  return newsletter.requestBox
}

/** The framed request box at the end of an issue's content. */
export function RequestBox({ text }: { text: string }) {
  return (
    <aside className="request-box" aria-labelledby="request-box-title">
      <h2 className="request-box__title" id="request-box-title">
        {REQUEST_BOX_TITLE}
      </h2>
      {text.split(/\n{2,}/).map((paragraph, index) => (
        <p key={index}>{paragraph}</p>
      ))}
    </aside>
  )
}
