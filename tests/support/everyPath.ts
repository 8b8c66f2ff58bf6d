import { expect } from 'vitest'
import { adminClient } from './admin.ts'
import { answerWords } from './answerWords.ts'

/** Where a change must show: the site instances, the CMS instances (the API) and the print app. */
export type Instances = { webs: string[]; cmsApis: string[]; print: string; cmsToWrite: string }

/** A path a reader or a program reaches an issue by, and what in its answer shows the issue is there. */
type Path = { url: string; sign: string }

function pathsOfIssue(instances: Instances, number: number, marker: string): Path[] {
  const trpc = (procedure: string, input: unknown) => `/api/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`
  return [
    ...instances.webs.flatMap((web) => [
      { url: `${web}/issues/${number}`, sign: marker },
      { url: `${web}/issues`, sign: marker },
      { url: `${web}/feed.xml`, sign: marker },
      // A search page repeats the question: the sign of a find is the link to the issue.
      { url: `${web}/search?q=${encodeURIComponent(marker)}`, sign: `href="/issues/${number}"` },
    ]),
    ...instances.cmsApis.flatMap((cms) => [
      { url: `${cms}${trpc('issues.byNumber', { number })}`, sign: marker },
      { url: `${cms}${trpc('issues.list', { limit: 50 })}`, sign: marker },
    ]),
    { url: `${instances.print}/issues/${number}/standard.pdf`, sign: marker },
  ]
}

/** Whether the answer shows the sign (a PDF may wrap it: white space does not count). */
const shows = async ({ url, sign }: Path): Promise<boolean> => (await answerWords(url)).includes(sign)

/**
 * Issue 18's test of every cache: a new issue is published, unpublished, published again and
 * deleted through the CMS, and after each step every path (page, list, feed and search on each
 * site instance, the API on each CMS instance, the PDF) answers accordingly within 2 s. Before
 * each step every path is read twice, so the old answer is in every cache it can be in.
 * A path shows the change when a request sent after it gets the new answer; the time counted is
 * when that request was sent (a PDF takes a moment to render and read, after it was asked for).
 * Answers, per step, that time on the slowest path.
 */
export async function publishUnpublishDeleteEverywhere(instances: Instances): Promise<Record<'published' | 'unpublished' | 'deleted', number>> {
  const admin = adminClient(instances.cmsToWrite)
  // A range no other test uses (they share the browser tests' database).
  const number = 6000 + Math.floor(Math.random() * 900)
  const marker = `全経路${Date.now().toString(36)}`
  const paths = pathsOfIssue(instances, number, marker)
  const everyPathWithin2s = async (shown: boolean, change: () => Promise<unknown>) => {
    for (const target of paths) {
      await shows(target)
      expect(await shows(target), `${target.url} before the change`).toBe(!shown)
    }
    await change()
    const changed = Date.now()
    /** When the first request that got the new answer was sent, after the change (a PDF takes a moment to render and read). */
    const seenAfter = async (target: Path): Promise<number> => {
      for (;;) {
        const asked = Date.now() - changed
        if ((await shows(target)) === shown) return asked
        if (asked > 2_000) return Number.POSITIVE_INFINITY
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
    }
    const seen = await Promise.all(paths.map(async (target) => ({ url: target.url, after: await seenAfter(target) })))
    expect(seen.filter(({ after }) => after >= 2_000)).toEqual([])
    return Math.max(...seen.map(({ after }) => after))
  }

  const issue = { number, title: `第${number}号 ${marker}`, greeting: `${marker}のごあいさつ`, issuedOn: '2027-08-10', _status: 'draft' }
  const { doc } = await admin.call('POST', '/api/issues?draft=true', issue)
  try {
    const published = await everyPathWithin2s(true, () => admin.call('PATCH', `/api/issues/${doc.id}`, { _status: 'published' }))
    const unpublished = await everyPathWithin2s(false, () => admin.call('PATCH', `/api/issues/${doc.id}`, { _status: 'draft' }))
    await admin.call('PATCH', `/api/issues/${doc.id}`, { _status: 'published' })
    for (const target of paths) await expect.poll(() => shows(target), { timeout: 10_000, interval: 200, message: target.url }).toBe(true)
    const deleted = await everyPathWithin2s(false, () => admin.call('DELETE', `/api/issues/${doc.id}`))
    return { published, unpublished, deleted }
  } finally {
    await admin.request(`/api/issues/${doc.id}`, { method: 'DELETE' }).catch(() => {})
  }
}
