import { label } from '@oneheart/contract'
import type { CollectionSlug, RelationshipField } from 'payload'
import { messages, validateExisting } from '../validation.ts'

interface RelationOptions {
  name: string
  relationTo: CollectionSlug
  /** What the record is called in an error message, e.g. 地区. */
  noun: string
  labelEn: string
  hasMany?: boolean
  required?: boolean
  overrides?: Partial<RelationshipField>
}

/** A relationship whose value must name existing records (checked before the database sees it). */
export function relationField(options: RelationOptions): RelationshipField {
  const { name, relationTo, noun, labelEn, hasMany = false, required = false, overrides } = options
  return {
    name,
    type: 'relationship',
    relationTo,
    hasMany,
    required,
    index: !hasMany,
    label: label(noun, labelEn),
    validate: async (value: unknown, { req }: { req: Parameters<typeof validateExisting>[1] }) => {
      if (required && (value == null || (Array.isArray(value) && value.length === 0))) return messages.required
      return validateExisting(value, req, relationTo, noun)
    },
    ...overrides,
  } as RelationshipField
}
