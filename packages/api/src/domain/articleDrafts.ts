import type { ArticleBlockInput, ArticleKind } from '@oneheart/contract'
import { blocksFromInput, partBlocksFrom } from '@oneheart/schema'
import type { ApiContext } from '../context.ts'
import { invalid, notFound } from './errors.ts'
import { idsForSlugs } from './slugs.ts'
import { draftVersionOptions, writeOptions, writeResult } from './writes.ts'

export interface ArticleDraftInput {
  title?: string
  kind?: ArticleKind
  slug?: string
  issueNumber?: number
  position?: number
  lead?: string
  place?: string
  blocks?: ArticleBlockInput[]
  parts?: Partial<Record<'purpose' | 'background' | 'scene' | 'nextSteps' | 'impressions', string>>
  visit?: { visitors?: string; headcount?: number; staffCount?: number; visitedOn?: string }
  councils?: string[]
  districts?: string[]
  activities?: string[]
  events?: string[]
  meetings?: number[]
}

/** The body from `blocks`, or from the older `parts`; never both, so neither is lost unseen. */
function blocksOf(input: ArticleDraftInput) {
  if (input.blocks && input.parts)
    throw invalid({
      parts: ['blocks と parts は一緒に送れません。parts は blocks の part として送ってください。'],
    })
  if (input.blocks) return blocksFromInput(input.blocks)
  if (input.parts) return blocksFromInput(partBlocksFrom(input.parts))
  return undefined
}

async function toData(ctx: ApiContext, input: ArticleDraftInput) {
  const [councils, districts, activities, events, issue] = await Promise.all([
    idsForSlugs(ctx, 'councils', input.councils, 'councils'),
    idsForSlugs(ctx, 'districts', input.districts, 'districts'),
    idsForSlugs(ctx, 'activities', input.activities, 'activities'),
    idsForSlugs(ctx, 'events', input.events, 'events'),
    input.issueNumber === undefined
      ? undefined
      : ctx.payload
          .find({
            collection: 'issues',
            where: { number: { equals: input.issueNumber } },
            limit: 1,
            depth: 0,
            draft: true,
            select: { number: true },
            user: ctx.user,
            overrideAccess: false,
          })
          .then(({ docs }) => {
            if (!docs[0]) throw invalid({ issueNumber: [`第${input.issueNumber}号は見つかりません。`] })
            return docs[0].id
          }),
  ])
  const { issueNumber: _issueNumber, parts: _parts, blocks: _blocks, ...fields } = input
  const blocks = blocksOf(input)
  return { ...fields, councils, districts, activities, events, ...(blocks === undefined ? {} : { blocks }), ...(issue === undefined ? {} : { issue }) }
}

export async function createDraftArticle(ctx: ApiContext, input: ArticleDraftInput & { title: string; kind: ArticleKind }) {
  const data = await toData(ctx, input)
  const doc = await ctx.payload.create({
    collection: 'articles',
    data: { ...data, title: input.title, kind: input.kind, _status: 'draft' },
    ...writeOptions(ctx),
  })
  return writeResult(doc)
}

/** Saves a new draft version; what is published stays as it is until an editor publishes. */
export async function updateDraftArticle(ctx: ApiContext, id: number, patch: ArticleDraftInput) {
  const current = await ctx.payload.findByID({
    collection: 'articles',
    id,
    depth: 0,
    select: { _status: true },
    user: ctx.user,
    overrideAccess: false,
    disableErrors: true,
  })
  if (!current) throw notFound('記事')
  const data = await toData(ctx, patch)
  const doc =
    current._status === 'published'
      ? await ctx.payload.update({ collection: 'articles', id, data: { ...data, _status: 'draft' }, ...draftVersionOptions(ctx) })
      : await ctx.payload.update({ collection: 'articles', id, data: { ...data, _status: 'draft' }, ...writeOptions(ctx) })
  return writeResult(doc)
}
