import { label } from '@oneheart/contract'
import type { CollectionConfig } from 'payload'
import { admins, staff } from '../access/index.ts'

/**
 * What left the public site (deleted or unpublished), so sites that sync through
 * `changes.since` can remove it too. Written by hooks only. Anonymous callers read it only
 * through `changes.since`, never through REST or GraphQL.
 */
export const Removals: CollectionConfig = {
  slug: 'removals',
  labels: { singular: label('公開終了の記録', 'Removal'), plural: label('公開終了の記録', 'Removals') },
  admin: { hidden: true },
  access: { read: staff, create: () => false, update: () => false, delete: admins },
  fields: [
    { name: 'kind', type: 'text', required: true, index: true },
    { name: 'recordId', type: 'number', required: true },
    { name: 'slug', type: 'text' },
  ],
}
