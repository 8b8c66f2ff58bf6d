import type { Condition } from 'payload'
import { hasRole } from '../access/index.ts'

/** A field shown only to admins: developer-facing details editors and contributors need not see. */
export const adminsOnly: Condition = (_data, _siblingData, { user }) => hasRole(user as never, 'admin')
