import { articleDateOf, calendarDateOf, type PublicArticle, type PublicArticleSummary } from '@oneheart/contract'
import { type Article, publishedOnly } from '@oneheart/schema'
import type { Where } from 'payload'
import type { ApiContext } from '../context.ts'
import { bodyOf, partsOf, toPublicBlocks } from './articleBlocks.ts'
import { notFound } from './errors.ts'
import { mediaOf, mediaPopulate, refPopulate, refsOf } from './shapes.ts'

const ownSelect = { slug: true, title: true, kind: true, lead: true, position: true, publishedAt: true, districts: true, sourcePage: true } as const
const summarySelect = { ...ownSelect, issue: true } as const
const populate = { ...mediaPopulate, ...refPopulate, issues: { number: true, issuedOn: true } } as const

type SummaryFields = Pick<Article, 'id' | 'slug' | 'title' | 'kind' | 'lead' | 'issue' | 'position' | 'publishedAt' | 'districts' | 'sourcePage'>

function toSummary(article: SummaryFields, ofIssue?: { number: number; issuedOn: string }): PublicArticleSummary {
  const issue = ofIssue ?? (article.issue && typeof article.issue === 'object' ? article.issue : null)
  return {
    id: article.id,
    slug: article.slug ?? String(article.id),
    title: article.title,
    kind: article.kind,
    lead: article.lead ?? null,
    issueNumber: issue?.number ?? null,
    position: article.position ?? null,
    publishedOn: articleDateOf(article.publishedAt, issue?.issuedOn),
    districts: refsOf(article.districts),
    sourcePage: article.sourcePage ?? null,
  }
}

/** The published articles of one issue in printed order. */
export async function listArticlesOfIssue(ctx: ApiContext, issue: { id: number; number: number; issuedOn: string }): Promise<PublicArticleSummary[]> {
  const { docs } = await ctx.payload.find({
    collection: 'articles',
    where: { and: [publishedOnly, { issue: { equals: issue.id } }] },
    sort: 'position',
    limit: 100,
    pagination: false,
    depth: 1,
    select: ownSelect,
    populate: refPopulate,
    overrideAccess: false,
    user: ctx.user,
  })
  return docs.map((article) => toSummary({ ...article, issue: null }, issue))
}

const fullSelect = {
  ...summarySelect,
  place: true,
  blocks: true,
  photos: true,
  visit: true,
  councils: true,
  activities: true,
  events: true,
  meetings: true,
  updatedAt: true,
} as const

function toArticle(article: Article): PublicArticle {
  const blocks = toPublicBlocks(article.blocks)
  return {
    ...toSummary(article),
    blocks,
    parts: partsOf(blocks),
    place: article.place ?? null,
    body: bodyOf(blocks),
    photos: (article.photos ?? []).flatMap((photo) => {
      const image = mediaOf(photo.image)
      return image ? [{ image, caption: photo.caption ?? null }] : []
    }),
    visit:
      article.kind === 'visit' && article.visit
        ? {
            visitors: article.visit.visitors ?? null,
            headcount: article.visit.headcount ?? null,
            staffCount: article.visit.staffCount ?? null,
            visitedOn: calendarDateOf(article.visit.visitedOn),
          }
        : null,
    councils: refsOf(article.councils),
    activities: refsOf(article.activities),
    events: refsOf(article.events),
    meetings: refsOf(article.meetings),
    updatedAt: article.updatedAt,
  }
}

async function findArticles(ctx: ApiContext, where: Where, limit: number, drafts = false): Promise<PublicArticle[]> {
  const { docs } = await ctx.payload.find({
    collection: 'articles',
    where: drafts ? where : { and: [publishedOnly, where] },
    draft: drafts,
    sort: 'position',
    limit,
    pagination: false,
    depth: 1,
    populate,
    select: fullSelect,
    overrideAccess: false,
    user: ctx.user,
  })
  return docs.map((article) => toArticle(article as Article))
}

export async function getArticleBySlug(ctx: ApiContext, slug: string): Promise<PublicArticle> {
  const [article] = await findArticles(ctx, { slug: { equals: slug } }, 1)
  if (!article) throw notFound('記事')
  return article
}

/** Every published article of an issue in full, in printed order, in one query; or every latest draft. */
export function listFullArticlesOfIssue(ctx: ApiContext, issueId: number, drafts = false): Promise<PublicArticle[]> {
  return findArticles(ctx, { issue: { equals: issueId } }, 100, drafts)
}

/** The latest draft of an article (callers with the read:drafts scope). */
export async function getArticleDraft(ctx: ApiContext, id: number): Promise<PublicArticle> {
  const [article] = await findArticles(ctx, { id: { equals: id } }, 1, true)
  if (!article) throw notFound('記事')
  return article
}
