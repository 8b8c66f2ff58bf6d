import { label } from '@oneheart/contract'
import type { CollectionConfig } from 'payload'
import { anyone, staff } from '../access/index.ts'
import { withEditorScreens } from '../admin/editorScreens.ts'
import { relationField } from '../fields/relation.ts'
import { slugField } from '../fields/slug.ts'
import { recordDeletion } from '../hooks/recordRemoval.ts'
import { revalidateSiteOnChange, revalidateSiteOnDelete } from '../hooks/revalidateSite.ts'
import { refreshSearchEntriesNaming } from '../search/sync.ts'

export const Districts: CollectionConfig = {
  slug: 'districts',
  labels: { singular: label('地区', 'District'), plural: label('地区', 'Districts') },
  admin: withEditorScreens({ useAsTitle: 'name', defaultColumns: ['name', 'reading', 'council'], group: label('地域', 'Areas') }),
  access: { read: anyone, create: staff, update: staff, delete: staff },
  hooks: {
    afterDelete: [recordDeletion, revalidateSiteOnDelete],
    afterChange: [refreshSearchEntriesNaming('districtId'), revalidateSiteOnChange],
  },
  defaultSort: 'reading',
  fields: [
    { name: 'name', type: 'text', required: true, unique: true, maxLength: 40, label: label('地区名', 'Name') },
    {
      name: 'reading',
      type: 'text',
      maxLength: 80,
      label: label('よみがな', 'Reading'),
      admin: { description: label('ひらがなで（検索と並び順に使います）', 'In hiragana; used for search and sorting') },
    },
    relationField({ name: 'council', relationTo: 'councils', noun: '協議体', labelEn: 'Council' }),
    slugField('district'),
  ],
}
