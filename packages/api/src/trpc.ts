import { initTRPC } from '@trpc/server'
import type { Payload } from 'payload'
import type { User } from '@oneheart/schema'
import { z, ZodError } from 'zod'

/* ------------------------------------------------------------------ 1. Context
 * Every call carries the Payload instance and whoever is calling: a logged-in user
 * (Payload session cookie or JWT) or nobody.
 */
export interface ApiContext {
  payload: Payload
  user: User | null
}

export async function createContext({ payload, headers }: { payload: Payload; headers: Headers }): Promise<ApiContext> {
  const { user } = await payload.auth({ headers })
  return { payload, user: user && user.collection === 'users' ? (user as User) : null }
}

/* ------------------------------------------------------------------ 2. Init
 * Input errors answer 400 with field-level messages (in Japanese, like every message a person
 * reads here); stacks never leave a production server.
 */
z.config(z.locales.ja())

const t = initTRPC.context<ApiContext>().create({
  isDev: process.env.NODE_ENV === 'development',
  errorFormatter({ shape, error }) {
    const fieldErrors = error.cause instanceof ZodError ? z.flattenError(error.cause).fieldErrors : undefined
    return {
      ...shape,
      message: fieldErrors ? '入力内容に誤りがあります。' : shape.message,
      data: { ...shape.data, fieldErrors },
    }
  },
})

/* ------------------------------------------------------------------ 3. Procedures */
export const createRouter = t.router
export const createCallerFactory = t.createCallerFactory
export const publicProcedure = t.procedure
