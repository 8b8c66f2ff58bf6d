import { ARCHIVE_IMPORT_PATH, ARCHIVE_IMPORT_TITLE, hasRole } from '@oneheart/schema'
import type { TypedUser } from 'payload'
import { NavLink } from './NavLink'

/** The side navigation's way to 「過去の号を取り込む」, shown to editors and admins only. */
export function ArchiveImportNavLink({ user }: { user?: TypedUser | null }) {
  if (!hasRole(user as never, 'admin', 'editor')) return null
  return <NavLink group="取り込み" href={`/admin${ARCHIVE_IMPORT_PATH}`} label={ARCHIVE_IMPORT_TITLE} />
}
