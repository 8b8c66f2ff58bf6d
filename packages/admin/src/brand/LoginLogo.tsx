import type { Payload } from 'payload'
import { newsletterName } from './newsletterName'

/** The login page's heading: the newsletter and the city, not the CMS's logo. */
export async function LoginLogo({ payload }: { payload: Payload }) {
  const { title, subtitle } = await newsletterName(payload)
  return (
    <div style={{ textAlign: 'center' }}>
      <p style={{ fontSize: 32, fontWeight: 700, margin: 0, lineHeight: 1.3 }}>{title}</p>
      {subtitle && <p style={{ fontSize: 16, margin: '4px 0 0' }}>{subtitle}</p>}
      <p style={{ fontSize: 14, margin: '8px 0 0', color: 'var(--theme-elevation-600)' }}>SC通信をつくる管理画面</p>
    </div>
  )
}
