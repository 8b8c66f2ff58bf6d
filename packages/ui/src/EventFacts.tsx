import type { PublicEvent } from '@oneheart/contract'
import type { ReactNode } from 'react'
import { formatCapacity } from './counts.ts'

/**
 * What the paper prints about an announced event, in its order: 目的, 内容, 定員, 申込・問合せ;
 * a fact not given is left out. `text` shows what was typed: the site keeps typed lines as
 * lines, paper prints them as written.
 */
export function EventFacts({ event, className, text = (typed) => typed }: { event: PublicEvent; className: string; text?: (typed: string) => ReactNode }) {
  const facts: [string, ReactNode][] = []
  if (event.purpose) facts.push(['目的', text(event.purpose)])
  if (event.theme) facts.push(['内容', text(event.theme)])
  if (event.capacity) facts.push(['定員', formatCapacity(event.capacity)])
  if (event.contact) facts.push(['申込・問合せ', text(event.contact)])
  return (
    <dl className={className}>
      {facts.map(([term, detail]) => (
        <Fact key={term} term={term}>
          {detail}
        </Fact>
      ))}
    </dl>
  )
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </>
  )
}
