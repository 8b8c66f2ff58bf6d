/**
 * A text field shown only to admins: developer-facing details (a URL name, an API key's name)
 * editors and contributors need not see. A component, not a field condition, so the server
 * still validates the value (apps/cms).
 */
export const ADMINS_ONLY_TEXT_FIELD = '@oneheart/admin/editor/AdminsOnlyTextField#AdminsOnlyTextField'
