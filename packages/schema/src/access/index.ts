import type { Access, AccessArgs, FieldAccess, Where } from 'payload'

/** admin: users and settings; editor: writes and publishes; contributor: drafts for assigned councils. */
export type Role = 'admin' | 'editor' | 'contributor'

type UserLike = { role?: string | null; collection?: string } | null | undefined

export function hasRole(user: UserLike, ...roles: Role[]): boolean {
  return Boolean(user && user.collection === 'users' && roles.includes(user.role as Role))
}

export const anyone: Access = () => true

export const staff: Access = ({ req }: AccessArgs) => hasRole(req.user, 'admin', 'editor')

export const admins: Access = ({ req }: AccessArgs) => hasRole(req.user, 'admin')

export const adminsField: FieldAccess = ({ req }) => hasRole(req.user, 'admin')

/** Only what the public may see: the published version. */
export const publishedOnly: Where = { _status: { equals: 'published' } }

/** Staff read everything; everyone else reads only what is published. */
export const staffOrPublished: Access = ({ req }: AccessArgs) => (hasRole(req.user, 'admin', 'editor') ? true : publishedOnly)
