import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server'
import type { AppRouter } from './root.ts'

export type { AppRouter } from './root.ts'
export type RouterInputs = inferRouterInputs<AppRouter>
export type RouterOutputs = inferRouterOutputs<AppRouter>
export { createClient } from './client.ts'
