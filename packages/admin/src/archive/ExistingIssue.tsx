import type { ImportResult } from '@oneheart/archive/result'
import { issueName } from './issueName'

/** A duplicate names the issue that already holds the same file, with a link to it in the admin. */
export function ExistingIssue({ result }: { result: ImportResult }) {
  const issue = result.issue
  return (
    <p>
      {result.reason ?? '同じファイルはすでに取り込まれています。'}
      {issue && (
        <>
          {' '}
          <a href={`/admin/collections/issues/${issue.id}`}>{issueName(issue)}を開く</a>
        </>
      )}
    </p>
  )
}
