import { districtSchema } from '@oneheart/contract'
import type { TRPCRouterRecord } from '@trpc/server'
import { z } from 'zod'
import { listDistricts } from '../domain/areas.ts'
import { publicProcedure } from '../trpc.ts'

export const districtsRouter = {
  list: publicProcedure.output(z.array(districtSchema)).query(({ ctx }) => listDistricts(ctx)),
} satisfies TRPCRouterRecord
