import type { CollectionAdminOptions } from 'payload'

/**
 * What every collection's edit screen shares: no API tab (a developer's view of the record),
 * and a heading that names a new record instead of showing its id (apps/cms).
 */
export const editorScreens = {
  hideAPIURL: true,
  components: { edit: { beforeDocumentControls: ['@oneheart/admin/editor/TitleFallback#TitleFallback'] } },
} satisfies CollectionAdminOptions

/** A collection's admin options with the shared ones merged in (its own edit components kept). */
export function withEditorScreens<T extends CollectionAdminOptions>(admin: T): T {
  return { ...editorScreens, ...admin, components: { ...admin.components, edit: { ...editorScreens.components.edit, ...admin.components?.edit } } }
}
