import { readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { ImportResult } from '@oneheart/archive'
import { type ArchiveFixtures, makeArchiveFixtures } from '@oneheart/harness/archiveFixtures'
import { TEST_ADMIN } from '@oneheart/harness/testEnv'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { cmsToken } from '../support/admin.ts'

/**
 * POST /api/archive/import through the built CMS, as a script would call it: the route is
 * reached past Payload's own /api handler, and what the importer answers arrives as JSON.
 * (Every status is checked against the handler in tests/int/archive-import.int.test.ts.)
 */
describe('POST /api/archive/import on the running CMS', () => {
  const { cms } = inject('apps')
  let token = ''
  let fixtures: ArchiveFixtures

  beforeAll(async () => {
    token = await cmsToken(cms, TEST_ADMIN)
    fixtures = await makeArchiveFixtures(path.join(tmpdir(), 'oneheart-archive-fixtures'))
  }, 300_000)

  async function post(file: string | null, fields: Record<string, string> = {}, headers: Record<string, string> = { authorization: `JWT ${token}` }) {
    const form = new FormData()
    if (file) form.append('file', new File([await readFile(file)], path.basename(file), { type: 'application/pdf' }))
    for (const [name, value] of Object.entries(fields)) form.append(name, value)
    const response = await fetch(`${cms}/api/archive/import`, { method: 'POST', body: form, headers })
    return { status: response.status, type: response.headers.get('content-type'), body: (await response.json()) as ImportResult }
  }

  it('refuses a caller without credentials and a file that is not a PDF, in JSON with a Japanese reason', async () => {
    expect(await post(fixtures.singleColumn.path, {}, {})).toMatchObject({
      status: 401,
      body: { status: 'failed', reason: expect.stringContaining('ログイン') },
    })
    const notPdf = await post(fixtures.notPdf.path)
    expect(notPdf).toMatchObject({
      status: 415,
      type: expect.stringContaining('application/json'),
      body: { status: 'failed', reason: expect.stringContaining('PDF') },
    })
    expect(await post(null)).toMatchObject({ status: 400 })
    expect(await post(fixtures.broken.path)).toMatchObject({ status: 422 })
  })

  it('reads a two-column back issue in a dry run with the admin’s token', async () => {
    const answer = await post(fixtures.twoColumn.path, { dryRun: 'true' })
    expect(answer).toMatchObject({
      status: 200,
      body: { status: 'imported', dryRun: true, pages: 4, ocrPages: 0, preview: { number: 23, issuedOn: '2025-08' } },
    })
    expect(answer.body.articles).toBeGreaterThanOrEqual(fixtures.twoColumn.articles.length)
  })
})
