import { API_KEY_SCOPES, label } from '@oneheart/contract'
import { deriveApiKey, newKeySalt } from '@oneheart/tokens'
import type { CollectionConfig } from 'payload'
import { admins, hasRole } from '../access/index.ts'
import { withEditorScreens } from '../admin/editorScreens.ts'
import { relationField } from '../fields/relation.ts'

/** Keys for developers' tools (the tRPC API), created and revoked by administrators. */
export const ApiKeys: CollectionConfig = {
  slug: 'api-keys',
  labels: { singular: label('APIキー', 'API key'), plural: label('APIキー', 'API keys') },
  admin: withEditorScreens({ useAsTitle: 'name', defaultColumns: ['name', 'owner', 'scopes', 'revokedAt'], group: label('設定', 'Settings') }),
  access: { read: admins, create: admins, update: admins, delete: admins },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 80, label: label('名前（使う場所）', 'Name (where it is used)') },
    relationField({
      name: 'owner',
      relationTo: 'users',
      noun: 'ユーザー',
      labelEn: 'Acts as',
      required: true,
      overrides: {
        label: label('このユーザーとして書き込む', 'Acts as user'),
        admin: { description: label('キーでの変更は、このユーザーの変更として履歴に残ります。', 'Changes made with the key are recorded as this user’s.') },
      },
    }),
    {
      name: 'scopes',
      type: 'select',
      hasMany: true,
      required: true,
      options: [...API_KEY_SCOPES],
      label: label('できること', 'Scopes'),
    },
    {
      name: 'revokedAt',
      type: 'date',
      label: label('無効にした日時', 'Revoked at'),
      admin: {
        description: label('日時を入れると、そのキーはすぐに使えなくなります。', 'Setting a date stops the key at once.'),
        date: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy/MM/dd HH:mm' },
      },
    },
    // Only administrators can read this collection at all; the salt never changes after creation.
    { name: 'salt', type: 'text', admin: { hidden: true }, access: { update: () => false } },
    {
      name: 'key',
      type: 'text',
      virtual: true,
      label: label('APIキー', 'Key'),
      admin: { readOnly: true, description: label('Authorization: Bearer <キー> として送ります。', 'Send as Authorization: Bearer <key>.') },
      hooks: {
        afterRead: [
          ({ req, siblingData, data }) => {
            if (!hasRole(req.user, 'admin')) return undefined
            const salt = (siblingData?.salt ?? data?.salt) as string | undefined
            const id = Number(data?.id ?? siblingData?.id)
            return salt && id ? deriveApiKey(req.payload.secret, id, salt) : undefined
          },
        ],
      },
    },
  ],
  hooks: {
    beforeChange: [
      ({ data, operation }) => {
        if (operation === 'create') data.salt = newKeySalt()
        return data
      },
    ],
  },
}
