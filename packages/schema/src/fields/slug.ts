import type { TextField } from 'payload'
import { randomBytes } from 'node:crypto'
import { label } from '../labels.ts'
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
      description: label('半角英小文字・数字・ハイフン。空欄なら自動で付けます。', 'Lowercase letters, digits and hyphens; generated when empty.'),
    },
    hooks: {
      beforeValidate: [
        ({ value }) => {
          if (typeof value === 'string' && value.trim() !== '') return value.trim().toLowerCase()
          return `${prefix}-${randomBytes(4).toString('hex')}`
        },
      ],
    },
    validate: (value: unknown) =>
      typeof value === 'string' && SLUG_PATTERN.test(value) ? true : messages.slug,
    ...overrides,
  } as TextField
}
