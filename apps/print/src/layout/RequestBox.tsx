import { RichText } from '@oneheart/ui'

export const REQUEST_BOX_TITLE = 'コーディネーターへのご依頼・ご相談'

/**
 * The coordinators' request, printed once per issue at the end of its content: the issue's own
 * wording (bold phrases kept) or the settings' usual one, as `editions.issue` resolves it.
 */
export function RequestBox({ body }: { body: unknown }) {
  return (
    <aside className="request-box" aria-labelledby="request-box-title">
      <h2 className="request-box__title" id="request-box-title">
        {REQUEST_BOX_TITLE}
      </h2>
      <RichText data={body} />
    </aside>
  )
}
