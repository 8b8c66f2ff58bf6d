'use client'
import { PublishButton, useAuth } from '@payloadcms/ui'
import type { PublishButtonClientProps } from 'payload'

/**
 * Contributors do not publish: instead of a button the server would refuse, they see how their
 * draft reaches the site. Everyone else gets Payload's own publish button.
 */
export function PublishOrSubmit(props: PublishButtonClientProps) {
  const { user } = useAuth<{ role?: string }>()
  if (user?.role === 'contributor') {
    return <p style={{ margin: 0, fontSize: 13, maxWidth: 260 }}>公開は編集者が行います。書き終えたら「確認の状態」を「確認待ち」にしてください。</p>
  }
  return <PublishButton {...props} />
}
