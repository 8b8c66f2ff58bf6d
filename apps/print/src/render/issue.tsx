import type { PublicIssueEdition } from '@oneheart/schema/public'
import { renderToStaticMarkup } from 'react-dom/server'
import { IssueEdition } from './IssueEdition.tsx'

export const EDITIONS = ['standard', 'large', 'mono'] as const
export type Edition = (typeof EDITIONS)[number]

export function isEdition(value: string): value is Edition {
  return (EDITIONS as readonly string[]).includes(value)
}

export function renderIssueHtml(edition: PublicIssueEdition): string {
  const { newsletter, issue, articles } = edition
  const masthead = { title: newsletter.title, subtitle: newsletter.subtitle, publisher: newsletter.publisher.name, phone: newsletter.publisher.phone }
  return `<!doctype html>${renderToStaticMarkup(<IssueEdition issue={issue} articles={articles} masthead={masthead} />)}`
}
