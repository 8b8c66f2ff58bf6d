import type { PublicIssue, PublicNewsletter } from '@oneheart/contract'
import { IssueDate } from '@oneheart/ui'

/** The title block across the top of page one. */
export function Masthead({ newsletter, issue }: { newsletter: PublicNewsletter; issue: PublicIssue }) {
  return (
    <header className="masthead">
      <p className="masthead__subtitle">{newsletter.subtitle}</p>
      <h1 className="masthead__title">{newsletter.title}</h1>
      <p className="masthead__issue">
        <span>{issue.title}</span>
        <span>
          <IssueDate value={issue.issuedOn} />
        </span>
      </p>
    </header>
  )
}
