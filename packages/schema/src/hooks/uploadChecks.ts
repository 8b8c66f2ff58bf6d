import { APIError, type CollectionBeforeOperationHook } from 'payload'
import sharp from 'sharp'

/** Photos from a phone are a few MB; anything above this is a mistake or an attack. */
export const MAX_UPLOAD_BYTES = 15 * 1024 * 1024

/**
 * A 31 KB PNG can claim 16000×16000 pixels and take a gigabyte to decode. A phone photo is
 * 12–50 MP; the print size is 1600 px wide. The header is read first, nothing is decoded above this.
 */
export const MAX_IMAGE_PIXELS = 40_000_000

type Kind = 'jpeg' | 'png' | 'webp' | 'pdf'
const MIME: Record<Kind, string> = { jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp', pdf: 'application/pdf' }
/** The extensions each kind may keep; the first is the one given to a file named otherwise. */
const EXTENSIONS: Record<Kind, string[]> = { jpeg: ['.jpg', '.jpeg'], png: ['.png'], webp: ['.webp'], pdf: ['.pdf'] }

/**
 * The file's name with an extension that says what it is: a PDF sent as `x.html` or `x.svg` is
 * stored as `x.pdf`, so no server, browser or download later takes it for a page or a drawing.
 */
export function nameForKind(name: string, kind: Kind): string {
  const dot = name.lastIndexOf('.')
  const [stem, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot).toLowerCase()] : [name, '']
  if (EXTENSIONS[kind].includes(extension)) return name
  return `${stem || 'file'}${EXTENSIONS[kind][0]}`
}

/** What a file is by its first bytes, whatever its name says. */
export function sniffFileKind(data: Buffer): Kind | null {
  if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'jpeg'
  if (data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png'
  if (data.subarray(0, 4).toString('latin1') === 'RIFF' && data.subarray(8, 12).toString('latin1') === 'WEBP') return 'webp'
  if (data.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf'
  return null
}

export const UPLOAD_MESSAGES = {
  tooLarge: (name: string, bytes: number) =>
    `「${name}」は${(bytes / 2 ** 20).toFixed(1)}MBあります。${MAX_UPLOAD_BYTES / 2 ** 20}MBまでのファイルにしてください。`,
  notAllowed: (name: string) =>
    `「${name}」は画像（JPEG・PNG・WebP）でもPDFでもありません。ファイルの中身を確かめてください（名前の拡張子ではなく、中身で判断しています）。`,
  unreadable: (name: string) => `「${name}」は画像として読み込めませんでした。壊れていないか確かめてください。`,
  tooManyPixels: (name: string, width: number, height: number) =>
    `「${name}」は${width}×${height}ピクセルあり、大きすぎます。${MAX_IMAGE_PIXELS / 10_000}万画素（例: 7000×5700）までに縮小してから入れてください。`,
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
  if (file.size > MAX_UPLOAD_BYTES || file.data.length > MAX_UPLOAD_BYTES)
    throw new APIError(UPLOAD_MESSAGES.tooLarge(file.name, file.data.length), 413, { reason: 'too-large' }, true)
  const kind = sniffFileKind(file.data)
  if (!kind) throw new APIError(UPLOAD_MESSAGES.notAllowed(file.name), 400, { reason: 'not-an-image-or-pdf' }, true)
  file.mimetype = MIME[kind]
  const given = file.name
  file.name = nameForKind(given, kind)
  if (kind === 'pdf') return args
  const { width = 0, height = 0 } = await sharp(file.data)
    .metadata()
    .catch(() => ({ width: 0, height: 0 }))
  if (width * height > MAX_IMAGE_PIXELS) throw new APIError(UPLOAD_MESSAGES.tooManyPixels(given, width, height), 413, { reason: 'too-many-pixels' }, true)
  try {
    // The limit again, in the decoder itself, in case a header understates what follows it.
    file.data = await sharp(file.data, { limitInputPixels: MAX_IMAGE_PIXELS }).rotate().toBuffer()
  } catch {
    throw new APIError(UPLOAD_MESSAGES.unreadable(given), 400, { reason: 'unreadable-image' }, true)
  }
  file.size = file.data.length
  return args
}
