import { label } from '@oneheart/contract'
import type { Field } from 'payload'
import { ADMINS_ONLY_TEXT_FIELD } from '../admin/visibility.ts'

/**
 * Who made the latest change, and through what (the admin, or which API key). Stored on the
 * document, so every saved version records its author in the version history.
 */
export const lastEditedFields: Field[] = [
  {
    name: 'lastEditedBy',
    type: 'relationship',
    relationTo: 'users',
    label: label('最後に変更した人', 'Last edited by'),
    admin: { readOnly: true, position: 'sidebar' },
    hooks: { beforeChange: [({ req, value }) => (req.user?.collection === 'users' ? req.user.id : value)] },
  },
  {
    name: 'lastEditedVia',
    type: 'text',
    label: label('変更の経路', 'Edited via'),
    // Which API key made a change matters to whoever manages the keys, not to the writers.
    admin: { readOnly: true, position: 'sidebar', components: { Field: ADMINS_ONLY_TEXT_FIELD } },
    hooks: {
      beforeChange: [
        ({ req, value }) => {
          const apiKey = req.context.apiKeyName
          if (typeof apiKey === 'string') return `APIキー「${apiKey}」`
          return req.user ? '管理画面' : value
        },
      ],
    },
  },
]
