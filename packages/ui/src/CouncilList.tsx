import type { PublicRef } from '@oneheart/contract'

/**
 * The councils a session invites, each its own item: names such as 中央・南・城南 contain ・,
 * so joining several with ・ (or any mark) would hide where one ends. Styled as chips by each
 * app; the count follows as the newsletter prints it: （7協議体）.
 */
export function CouncilList({ councils, everyone = 'どなたでも' }: { councils: PublicRef[]; everyone?: string }) {
  if (councils.length === 0) return <>{everyone}</>
  return (
    <div className="council-list">
      <ul className="council-list__items" aria-label={`対象の協議体（${councils.length}協議体）`}>
        {councils.map((council) => (
          <li key={council.id} className="council-list__item">
            {council.name}
          </li>
        ))}
      </ul>
      <span className="council-list__count">（{councils.length}協議体）</span>
    </div>
  )
}
