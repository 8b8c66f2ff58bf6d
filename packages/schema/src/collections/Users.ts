import type { CollectionConfig } from 'payload'
import { admins, adminsField, hasRole } from '../access/index.ts'
import { label } from '../labels.ts'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: label('ユーザー', 'User'), plural: label('ユーザー', 'Users') },
  auth: { tokenExpiration: 60 * 60 * 8 },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'email', 'role'], group: label('設定', 'Settings') },
  access: {
    // Anyone may read their own record; admins manage everyone.
    read: ({ req }) => (hasRole(req.user, 'admin') ? true : req.user ? { id: { equals: req.user.id } } : false),
    create: admins,
    update: ({ req }) => (hasRole(req.user, 'admin') ? true : req.user ? { id: { equals: req.user.id } } : false),
    delete: admins,
    admin: ({ req }) => hasRole(req.user, 'admin', 'editor'),
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
      ],
      label: label('権限', 'Role'),
    },
  ],
}
