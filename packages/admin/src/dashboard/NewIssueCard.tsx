import { hasRole } from '@oneheart/schema'
import { proposeNextIssue } from '@oneheart/schema/workflow'
import { formatEraDate, formatIssueDate } from '@oneheart/ui/dates'
import type { Payload, TypedUser } from 'payload'
import { NewIssueForm } from './NewIssueForm'

/**
 * The dashboard's first panel for editors: make the next issue, with its number and date
 * proposed, starting from the last issue's standing parts or from nothing.
 */
export async function NewIssueCard({ payload, user }: { payload: Payload; user?: TypedUser | null }) {
  if (!user || !hasRole(user as never, 'admin', 'editor')) return null
  const proposal = await proposeNextIssue(payload)
  return (
    <section aria-labelledby="new-issue-heading" style={{ border: '2px solid var(--theme-elevation-800)', borderRadius: 4, padding: 16, marginBottom: 24 }}>
      <h2 id="new-issue-heading" style={{ marginTop: 0 }}>
        新しい号をつくる
      </h2>
      <NewIssueForm
        number={proposal.number}
        issuedOn={formatEraDate(proposal.issuedOn)}
        basedOn={
          proposal.basedOn
            ? {
                id: proposal.basedOn.id,
                label: `「${proposal.basedOn.title}」（第${proposal.basedOn.number}号・${formatIssueDate(proposal.basedOn.issuedOn)}）`,
              }
            : null
        }
      />
    </section>
  )
}
