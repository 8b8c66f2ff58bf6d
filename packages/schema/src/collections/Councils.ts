import { label } from '@oneheart/contract'
import type { CollectionConfig } from 'payload'
import { anyone, staff } from '../access/index.ts'
import { withEditorScreens } from '../admin/editorScreens.ts'
import { slugField } from '../fields/slug.ts'
import { recordDeletion } from '../hooks/recordRemoval.ts'
import { revalidateSiteOnChange, revalidateSiteOnDelete } from '../hooks/revalidateSite.ts'
import { dropSearchEntry, keepSearchEntryCurrent, refreshSearchEntriesNaming } from '../search/sync.ts'

export const Councils: CollectionConfig = {
  slug: 'councils',
  labels: { singular: label('協議体', 'Council'), plural: label('協議体', 'Councils') },
  admin: withEditorScreens({ useAsTitle: 'name', defaultColumns: ['name', 'layer', 'exchangeGroup'], group: label('地域', 'Areas') }),
  access: { read: anyone, create: staff, update: staff, delete: staff },
  hooks: {
    afterDelete: [recordDeletion, dropSearchEntry, revalidateSiteOnDelete],
    afterChange: [keepSearchEntryCurrent, refreshSearchEntriesNaming('councilId'), revalidateSiteOnChange],
  },
  defaultSort: 'order',
  fields: [
    { name: 'name', type: 'text', required: true, unique: true, maxLength: 40, label: label('名称', 'Name') },
    {
      name: 'layer',
      type: 'select',
      required: true,
      defaultValue: '2',
      options: [
        { value: '1', label: label('第1層（市全域）', 'Layer 1 (city-wide)') },
        { value: '2', label: label('第2層（地区）', 'Layer 2 (district group)') },
      ],
      label: label('層', 'Layer'),
    },
    {
      name: 'exchangeGroup',
      type: 'number',
      min: 1,
      max: 9,
      label: label('情報交換会のグループ', 'Exchange-session group'),
      admin: { description: label('小規模情報交換会で一緒に招く協議体のまとまり', 'Councils invited together to exchange sessions') },
    },
    { name: 'reading', type: 'text', maxLength: 80, label: label('よみがな', 'Reading') },
    { name: 'description', type: 'textarea', maxLength: 2000, label: label('紹介', 'Description') },
    { name: 'order', type: 'number', defaultValue: 0, label: label('並び順', 'Order'), admin: { position: 'sidebar' } },
    slugField('council'),
    {
      name: 'districts',
      type: 'join',
      collection: 'districts',
      on: 'council',
      label: label('地区', 'Districts'),
    },
  ],
}
