import type { TRPCRouterRecord } from '@trpc/server'
import { listDistricts } from '../domain/areas.ts'
import { publicProcedure } from '../trpc.ts'
import * as contract from './districts.types.ts'

export const districtsRouter = {
  list: publicProcedure.output(contract.list.output).query(({ ctx }) => listDistricts(ctx)),
} satisfies TRPCRouterRecord
