import type { AdminViewConfig } from 'payload'

/**
 * The screen 「過去の号を取り込む」 (issue 15): where it lives and the components that lead to it,
 * all in apps/cms/src/components/archive. Editors and admins only; the view checks that itself,
 * as Payload shows custom views to anyone.
 */
export const ARCHIVE_IMPORT_PATH = '/archive-import'
export const ARCHIVE_IMPORT_TITLE = '過去の号を取り込む'

export const archiveImportView: AdminViewConfig = {
  Component: '@oneheart/admin/archive/ArchiveImportView#ArchiveImportView',
  path: ARCHIVE_IMPORT_PATH,
  exact: true,
  meta: { title: ARCHIVE_IMPORT_TITLE },
}

/** In the side navigation, after the collections. */
export const ARCHIVE_IMPORT_NAV_LINK = '@oneheart/admin/archive/ArchiveImportNavLink#ArchiveImportNavLink'

/** On the dashboard, beside 新しい号をつくる. */
export const ARCHIVE_IMPORT_CARD = '@oneheart/admin/archive/ArchiveImportCard#ArchiveImportCard'
