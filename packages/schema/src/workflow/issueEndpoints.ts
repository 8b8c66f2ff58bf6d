import { PRINT_EDITIONS, parseCalendarDate } from '@oneheart/contract'
import { commitTransaction, type Endpoint, initTransaction, killTransaction, type PayloadRequest, ValidationError } from 'payload'
import { z } from 'zod'
import { hasRole } from '../access/index.ts'
import { issueChecklist, publishLabel } from './issueChecklist.ts'
import { createNextIssue, proposeNextIssue } from './nextIssue.ts'
import { printPageCount, printPreviewUrl } from './printPages.ts'

const json = (status: number, body: unknown) => Response.json(body, { status })
const refuse = (status: number, error: string) => json(status, { error })

/** Editors and admins only; the answer for anyone else. */
function staffOnly(req: PayloadRequest): Response | null {
  if (!req.user) return refuse(401, 'ログインしてください。')
  if (!hasRole(req.user, 'admin', 'editor')) return refuse(403, '号をつくる・公開するのは編集者と管理者です。')
  return null
}

const issueId = z.coerce.number().int().min(1).max(2_147_483_647)

/** GET /api/issues/:id/checklist — the issue screen's checklist, page count included. */
const checklist: Endpoint = {
  path: '/:id/checklist',
  method: 'get',
  handler: async (req) => {
    const denied = staffOnly(req)
    if (denied) return denied
    const id = issueId.safeParse(req.routeParams?.id)
    if (!id.success) return refuse(404, 'その号は見つかりません。')
    const found = await issueChecklist(req.payload, id.data, req)
    if (!found) return refuse(404, 'その号は見つかりません。')
    const { issue } = found
    const items = [...found.items]
    if (!issue.number) {
      items.push({ level: 'blocker', message: '号数が入っていません。号数を入れると、紙面のページ数と印刷プレビューが出ます。' })
      return json(200, {
        items,
        drafts: found.drafts,
        publishLabel: publishLabel(found.drafts),
        pages: null,
        plannedPages: Number(issue.plannedPages) || null,
        printLinks: [],
      })
    }
    const pages = await printPageCount(req.payload.secret, issue.number, Number(req.user!.id))
    if ('error' in pages) items.push({ level: 'warning', message: `紙面のページ数を確かめられませんでした：${pages.error}` })
    else if (pages.plannedPages !== null && pages.pages !== pages.plannedPages) {
      const how = pages.pages > pages.plannedPages ? '多すぎます。記事を短くするか、予定ページ数を増やしてください' : '少なめです。空いたページが白く残ります'
      items.push({ level: 'warning', message: `紙面は ${pages.pages}ページで、予定の ${pages.plannedPages}ページより${how}。` })
    }
    // The print preview of this issue's drafts, signed for the editor asking.
    const printLinks = PRINT_EDITIONS.map((edition) => ({
      label: edition.label.ja,
      url: printPreviewUrl(req.payload.secret, issue.number, Number(req.user!.id), edition.value),
    }))
    return json(200, {
      items,
      drafts: found.drafts,
      publishLabel: publishLabel(found.drafts),
      pages: 'error' in pages ? null : pages.pages,
      plannedPages: Number(issue.plannedPages) || null,
      printLinks,
    })
  },
}

/** GET /api/issues/next — the proposed 号数 and 発行日 of the next issue. */
const proposeNext: Endpoint = {
  path: '/next',
  method: 'get',
  handler: async (req) => staffOnly(req) ?? json(200, await proposeNextIssue(req.payload, new Date(), req)),
}

const newIssueBody = z.object({
  // １０ typed in full width is read as 10.
  number: z.preprocess(
    (value) => (typeof value === 'string' ? value.normalize('NFKC').trim() : value),
    z.coerce
      .number({ error: '号数は数字で入れてください。' })
      .int('号数は整数で入れてください。')
      .min(1, '号数は1以上です。')
      .max(9999, '号数は9999までです。'),
  ),
  issuedOn: z.string({ error: '発行日を入れてください。' }).max(40),
  fromIssueId: issueId.nullable().default(null),
})

/** POST /api/issues/next — makes the next issue as a draft, from the last one's standing parts or empty. */
const createNext: Endpoint = {
  path: '/next',
  method: 'post',
  handler: async (req) => {
    const denied = staffOnly(req)
    if (denied) return denied
    const body = newIssueBody.safeParse(await req.json?.().catch(() => null))
    if (!body.success) return refuse(400, body.error.issues[0]?.message ?? '入力を読めませんでした。')
    const date = parseCalendarDate(body.data.issuedOn, { allowMonth: true })
    if (!date.ok) return refuse(400, `発行日「${body.data.issuedOn}」を読めませんでした。令和9年2月16日、2027/2/16、令和9年2月 のように入れてください。`)
    const shouldCommit = await initTransaction(req)
    try {
      const issue = await createNextIssue(req.payload, { number: body.data.number, issuedOn: date.value, fromIssueId: body.data.fromIssueId }, req)
      if (shouldCommit) await commitTransaction(req)
      return json(201, { id: issue.id, number: issue.number, issuedOn: issue.issuedOn, title: issue.title })
    } catch (error) {
      await killTransaction(req)
      if (error instanceof ValidationError) return refuse(400, error.data.errors.map((problem) => problem.message).join(' '))
      req.payload.logger.error({ err: error }, 'creating the next issue failed')
      return refuse(500, '新しい号をつくれませんでした。もう一度試して、だめなら管理者に知らせてください。')
    }
  },
}

export const issueEndpoints: Endpoint[] = [proposeNext, createNext, checklist]
