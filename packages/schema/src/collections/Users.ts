import { label } from '@oneheart/contract'
import type { CollectionConfig } from 'payload'
import { admins, adminsField, hasRole } from '../access/index.ts'
import { withEditorScreens } from '../admin/editorScreens.ts'
import { forgiveLogin, guardLogin } from '../auth/loginGuard.ts'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: label('ユーザー', 'User'), plural: label('ユーザー', 'Users') },
  // No lock-out (maxLoginAttempts 0): it let anyone lock any account. guardLogin throttles instead.
  auth: { tokenExpiration: 60 * 60 * 8, maxLoginAttempts: 0 },
  hooks: { beforeOperation: [guardLogin], afterLogin: [forgiveLogin] },
  admin: withEditorScreens({ useAsTitle: 'name', defaultColumns: ['name', 'email', 'role'], group: label('設定', 'Settings') }),
  access: {
    // Anyone may read their own record; editors see who wrote what; admins manage everyone.
    read: ({ req }) => (hasRole(req.user, 'admin', 'editor') ? true : req.user ? { id: { equals: req.user.id } } : false),
    create: admins,
    update: ({ req }) => (hasRole(req.user, 'admin') ? true : req.user ? { id: { equals: req.user.id } } : false),
    delete: admins,
    admin: ({ req }) => hasRole(req.user, 'admin', 'editor', 'contributor'),
  },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 60, label: label('氏名', 'Name') },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'editor',
      saveToJWT: true,
      access: { create: adminsField, update: adminsField },
      options: [
        { value: 'admin', label: label('管理者', 'Administrator') },
        { value: 'editor', label: label('編集者', 'Editor') },
        { value: 'contributor', label: label('寄稿者（下書きのみ）', 'Contributor (drafts only)') },
      ],
      label: label('権限', 'Role'),
      admin: {
        description: label(
          '管理者: ユーザーと設定 / 編集者: 書いて公開する / 寄稿者: 担当の協議体の記事と活動の下書きを書き、確認を依頼する',
          'Admin: users and settings / Editor: writes and publishes / Contributor: drafts for assigned councils',
        ),
      },
    },
    {
      name: 'councils',
      type: 'relationship',
      relationTo: 'councils',
      hasMany: true,
      saveToJWT: true,
      label: label('担当の協議体', 'Assigned councils'),
      access: { create: adminsField, update: adminsField },
      admin: {
        condition: (data) => data?.role === 'contributor',
        description: label('寄稿者が記事や活動を書ける協議体', 'Councils a contributor may write for'),
      },
    },
  ],
}
