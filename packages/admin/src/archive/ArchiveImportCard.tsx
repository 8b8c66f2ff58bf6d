import { ARCHIVE_IMPORT_PATH, ARCHIVE_IMPORT_TITLE, hasRole } from '@oneheart/schema'
import type { TypedUser } from 'payload'

/** A dashboard panel for editors: bring the PDF back issues in, so their text becomes searchable. */
export function ArchiveImportCard({ user }: { user?: TypedUser | null }) {
  if (!hasRole(user as never, 'admin', 'editor')) return null
  return (
    <section
      aria-labelledby="archive-import-heading"
      style={{ border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: 16, marginBottom: 24 }}
    >
      <h2 id="archive-import-heading" style={{ marginTop: 0 }}>
        {ARCHIVE_IMPORT_TITLE}
      </h2>
      <p>これまでにPDFで出した号（スキャンした紙面も）を読み取り、記事に分けてサイトで読めるように、検索できるようにします。</p>
      <a href={`/admin${ARCHIVE_IMPORT_PATH}`} className="btn btn--style-secondary btn--size-medium" style={{ margin: 0 }}>
        PDFを選んで取り込む
      </a>
    </section>
  )
}
