import { label } from '@oneheart/contract'
import type { CollectionConfig } from 'payload'
import { anyone, hasRole, staff } from '../access/index.ts'
import { withEditorScreens } from '../admin/editorScreens.ts'
import { mediaResponseHeaders } from '../hooks/mediaHeaders.ts'
import { revalidateSiteOnChange, revalidateSiteOnDelete } from '../hooks/revalidateSite.ts'
import { checkUpload, MAX_IMAGE_PIXELS } from '../hooks/uploadChecks.ts'
import { messages } from '../validation.ts'

export function createMedia(staticDir: string): CollectionConfig {
  return {
    slug: 'media',
    labels: { singular: label('画像・ファイル', 'Media'), plural: label('画像・ファイル', 'Media') },
    admin: withEditorScreens({ useAsTitle: 'alt', group: label('素材', 'Assets') }),
    // Contributors add photos to their reports; changing or removing files stays with staff.
    access: { read: anyone, create: ({ req }) => hasRole(req.user, 'admin', 'editor', 'contributor'), update: staff, delete: staff },
    hooks: { beforeOperation: [checkUpload], afterChange: [revalidateSiteOnChange], afterDelete: [revalidateSiteOnDelete] },
    upload: {
      staticDir,
      mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'],
      imageSizes: [
        { name: 'thumbnail', width: 320, height: 240, position: 'centre' },
        { name: 'card', width: 800, withoutEnlargement: true },
        { name: 'print', width: 1600, withoutEnlargement: true },
      ],
      adminThumbnail: 'thumbnail',
      // checkUpload refuses larger images before this; the limit also binds Payload's own resizing.
      constructorOptions: { limitInputPixels: MAX_IMAGE_PIXELS },
      modifyResponseHeaders: mediaResponseHeaders,
    },
    fields: [
      {
        name: 'alt',
        type: 'text',
        required: true,
        maxLength: 200,
        label: label('代替テキスト', 'Alt text'),
        validate: (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? true : messages.altRequired),
      },
      { name: 'credit', type: 'text', maxLength: 100, label: label('撮影・提供', 'Credit') },
    ],
  }
}
