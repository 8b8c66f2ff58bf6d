import { randomBytes } from 'node:crypto'
import { label } from '@oneheart/contract'
import type { TextField } from 'payload'
import { ADMINS_ONLY_TEXT_FIELD } from '../admin/visibility.ts'
import { messages, SLUG_PATTERN } from '../validation.ts'

/**
 * The record's URL name. Japanese titles have no obvious romanisation, so an empty slug gets a
 * short generated one the editor can replace.
 */
export function slugField(prefix: string, overrides: Partial<TextField> = {}): TextField {
  return {
    name: 'slug',
    type: 'text',
    unique: true,
    index: true,
    label: label('URL用の名前', 'Slug'),
    admin: {
      position: 'sidebar',
      // The site makes addresses from it; editors never need to see it, admins may fix one.
      components: { Field: ADMINS_ONLY_TEXT_FIELD },
      description: label('半角英小文字・数字・ハイフン。空欄なら自動で付けます。', 'Lowercase letters, digits and hyphens; generated when empty.'),
    },
    hooks: {
      beforeValidate: [
        ({ value, originalDoc }) => {
          if (typeof value === 'string' && value.trim() !== '') return value.trim().toLowerCase()
          // A save that does not send the slug (editors do not see it) keeps the one the record has.
          const kept = (originalDoc as { slug?: unknown } | undefined)?.slug
          if (typeof kept === 'string' && kept !== '') return kept
          return `${prefix}-${randomBytes(4).toString('hex')}`
        },
      ],
    },
    validate: (value: unknown) => (typeof value === 'string' && SLUG_PATTERN.test(value) ? true : messages.slug),
    ...overrides,
  } as TextField
}
