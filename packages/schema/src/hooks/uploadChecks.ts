import { APIError, type CollectionBeforeOperationHook } from 'payload'
import sharp from 'sharp'

/** Photos from a phone are a few MB; anything above this is a mistake or an attack. */
export const MAX_UPLOAD_BYTES = 15 * 1024 * 1024

type Kind = 'jpeg' | 'png' | 'webp' | 'pdf'
const MIME: Record<Kind, string> = { jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp', pdf: 'application/pdf' }

/** What a file is by its first bytes, whatever its name says. */
export function sniffFileKind(data: Buffer): Kind | null {
  if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'jpeg'
  if (data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png'
  if (data.subarray(0, 4).toString('latin1') === 'RIFF' && data.subarray(8, 12).toString('latin1') === 'WEBP') return 'webp'
  if (data.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf'
  return null
}

export const UPLOAD_MESSAGES = {
  tooLarge: (name: string, bytes: number) => `「${name}」は${(bytes / 2 ** 20).toFixed(1)}MBあります。${MAX_UPLOAD_BYTES / 2 ** 20}MBまでのファイルにしてください。`,
  notAllowed: (name: string) => `「${name}」は画像（JPEG・PNG・WebP）でもPDFでもありません。ファイルの中身を確かめてください（名前の拡張子ではなく、中身で判断しています）。`,
  unreadable: (name: string) => `「${name}」は画像として読み込めませんでした。壊れていないか確かめてください。`,
} as const

/**
 * Every upload is checked by its content, not its name: real JPEG, PNG or WebP images and PDFs
 * only, at most 15 MB. Photos are re-encoded without their metadata, so the GPS position a
 * phone writes into a photo of residents never reaches the site (orientation is applied first).
 */
export const checkUpload: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file?.data) return args
  if (file.size > MAX_UPLOAD_BYTES || file.data.length > MAX_UPLOAD_BYTES) throw new APIError(UPLOAD_MESSAGES.tooLarge(file.name, file.data.length), 413, { reason: 'too-large' }, true)
  const kind = sniffFileKind(file.data)
  if (!kind) throw new APIError(UPLOAD_MESSAGES.notAllowed(file.name), 400, { reason: 'not-an-image-or-pdf' }, true)
  file.mimetype = MIME[kind]
  if (kind === 'pdf') return args
  try {
    file.data = await sharp(file.data).rotate().toBuffer()
  } catch {
    throw new APIError(UPLOAD_MESSAGES.unreadable(file.name), 400, { reason: 'unreadable-image' }, true)
  }
  file.size = file.data.length
  return args
}
