import { articleDateOf, type PublicActivityArticle } from '@oneheart/contract'
import { publishedOnly } from '@oneheart/schema'
import type { ApiContext } from '../context.ts'
import { notFound } from './errors.ts'

/**
 * The published articles that link an activity, newest first: the relation, not a search for
 * its name, so a namesake in another district never lends its articles.
 */
export async function listArticlesOfActivity(ctx: ApiContext, slug: string): Promise<PublicActivityArticle[]> {
  const { docs: activities } = await ctx.payload.find({
    collection: 'activities',
    where: { and: [publishedOnly, { slug: { equals: slug } }] },
    limit: 1,
    pagination: false,
    depth: 0,
    select: { slug: true },
    overrideAccess: false,
    user: ctx.user,
  })
  const activity = activities[0]
  if (!activity) throw notFound('活動')
  const { docs } = await ctx.payload.find({
    collection: 'articles',
    where: { and: [publishedOnly, { activities: { in: [activity.id] } }] },
    sort: '-publishedAt',
    limit: 100,
    pagination: false,
    depth: 1,
    select: { slug: true, title: true, publishedAt: true, issue: true },
    populate: { issues: { number: true, issuedOn: true } },
    overrideAccess: false,
    user: ctx.user,
  })
  return docs.map((article) => {
    const issue = article.issue && typeof article.issue === 'object' ? article.issue : null
    return {
      id: article.id,
      slug: article.slug ?? String(article.id),
      title: article.title,
      publishedOn: articleDateOf(article.publishedAt, issue?.issuedOn),
      issueNumber: issue?.number ?? null,
    }
  })
}
