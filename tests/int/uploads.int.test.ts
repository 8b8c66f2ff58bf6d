import { crc32, deflateSync } from 'node:zlib'
import { APIError, handleEndpoints, type Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'
import { testPayload, unique } from '../support/payload.ts'

/** A PNG whose header claims width×height pixels: 1-bit grey, all zero, so a few KB on disk. */
function hugePng(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
    const length = Buffer.alloc(4)
    length.writeUInt32BE(data.length)
    const crc = Buffer.alloc(4)
    crc.writeUInt32BE(crc32(body))
    return Buffer.concat([length, body, crc])
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header[8] = 1 // bit depth
  header[9] = 0 // greyscale
  const rows = deflateSync(Buffer.alloc((1 + Math.ceil(width / 8)) * height), { level: 9 })
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', rows),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\nxref\n0 1\n0000000000 65535 f \ntrailer<<>>\nstartxref\n9\n%%EOF\n')

/** Uploads are named and served for what they are (issue 16, item 9). */
describe('uploads: names, headers and pixel count', () => {
  let payload: Payload
  beforeAll(async () => {
    payload = await testPayload()
  })

  const upload = (data: Buffer, name: string, mimetype: string) =>
    payload.create({ collection: 'media', data: { alt: 'テストのファイル' }, file: { data, name, mimetype, size: data.length } })

  /** The file as an anonymous reader gets it through Payload's REST handler. */
  const serve = (filename: string) =>
    handleEndpoints({ config: payload.config, request: new Request(`http://localhost/api/media/file/${encodeURIComponent(filename)}`) })

  it('stores a PDF sent as .html or .svg under a .pdf name, and serves it as a download that is never sniffed', async () => {
    for (const given of ['x.html', 'x.svg', 'noextension']) {
      const stem = unique('disguised')
      const stored = await upload(PDF, `${stem}-${given}`, given.endsWith('.svg') ? 'image/svg+xml' : 'text/html')
      expect(stored.filename, given).toMatch(/\.pdf$/)
      expect(stored.filename).not.toMatch(/\.(html|svg)/)
      expect(stored.mimeType).toBe('application/pdf')
      const response = await serve(stored.filename!)
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toBe('application/pdf')
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
      expect(response.headers.get('content-disposition')).toMatch(/^attachment/)
      expect(Buffer.from(await response.arrayBuffer()).equals(PDF)).toBe(true)
    }
  })

  it('keeps a photo’s own extension and serves it inline with nosniff', async () => {
    const png = hugePng(64, 64)
    const stored = await upload(png, `${unique('dot')}.png`, 'image/png')
    expect(stored.filename).toMatch(/\.png$/)
    const jpeg = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#6a9' } })
      .jpeg()
      .toBuffer()
    const jpegNamedPng = await upload(jpeg, `${unique('photo')}.png`, 'image/png')
    expect(jpegNamedPng.filename).toMatch(/\.jpg$/)
    expect(jpegNamedPng.mimeType).toBe('image/jpeg')
    const response = await serve(stored.filename!)
    expect(response.headers.get('content-type')).toBe('image/png')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('content-disposition')).toBe('inline')
  })

  it('refuses an image of more than 40 million pixels before decoding it, with a Japanese message', async () => {
    const bomb = hugePng(16_000, 16_000)
    expect(bomb.length).toBeLessThan(100_000)
    const alt = unique('bomb')
    const error = await payload
      .create({ collection: 'media', data: { alt }, file: { data: bomb, name: 'bomb.png', mimetype: 'image/png', size: bomb.length } })
      .then(
        () => null,
        (caught: unknown) => caught,
      )
    expect(error).toBeInstanceOf(APIError)
    expect((error as APIError).status).toBe(413)
    expect((error as APIError).message).toContain('「bomb.png」は16000×16000ピクセルあり、大きすぎます。4000万画素')
    expect((await payload.count({ collection: 'media', where: { alt: { equals: alt } } })).totalDocs).toBe(0)
  })
})
