import { z } from 'zod'

/** The demo login, printed at start and documented in the README. Exists only in demo mode. */
export function demoLogin() {
  return z
    .object({
      email: z.email().default('admin@oneheart.local'),
      password: z.string().min(8).default('oneheart-demo'),
    })
    .parse({ email: process.env.DEMO_ADMIN_EMAIL || undefined, password: process.env.DEMO_ADMIN_PASSWORD || undefined })
}
