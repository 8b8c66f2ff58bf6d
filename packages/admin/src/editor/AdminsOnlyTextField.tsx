'use client'
import { TextField, useAuth } from '@payloadcms/ui'
import type { TextFieldClientProps } from 'payload'

/**
 * A text field only admins see (a record's URL name, the API key a change came through). Hidden
 * in the browser rather than by a field condition: a condition would also skip the server's
 * validation of the value.
 */
export function AdminsOnlyTextField(props: TextFieldClientProps) {
  const { user } = useAuth<{ role?: string }>()
  return user?.role === 'admin' ? <TextField {...props} /> : null
}
