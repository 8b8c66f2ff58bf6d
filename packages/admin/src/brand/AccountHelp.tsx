import type { Payload } from 'payload'
import { newsletterName } from './newsletterName'

/** Under the login form: who gives out accounts, so nobody is stuck at a closed door. */
export async function AccountHelp({ payload }: { payload: Payload }) {
  const { publisher } = await newsletterName(payload)
  return (
    <p style={{ fontSize: 14, marginTop: 16 }}>アカウントがない方、パスワードを忘れた方は、{publisher || 'SC通信の発行元'}の管理者にお問い合わせください。</p>
  )
}
