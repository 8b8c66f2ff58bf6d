import type { TRPCRouterRecord } from '@trpc/server'
import { listDistricts } from '../domain/areas.ts'
import { publicRead } from '../publicReads.ts'
import { publicProcedure } from '../trpc.ts'
import * as contract from './districts.types.ts'

export const districtsRouter = {
  list: publicProcedure.output(contract.list.output).query(({ ctx }) => publicRead(ctx, 'districts.list', null, () => listDistricts(ctx))),
} satisfies TRPCRouterRecord
