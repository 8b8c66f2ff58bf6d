import { acknowledged, send, sendJson } from './client.ts'
import type { Kind, Tally } from './tally.ts'

export interface Editor {
  name: string
  token: string
}

/**
 * What the database must hold for one article: the last acknowledged value, or one sent after
 * it whose answer never came (it may or may not have been applied — not a loss either way).
 */
export interface ArticleWrites {
  id: number
  draft?: { value: string; kind: Kind }
  draftUnanswered: string[]
  published?: string
  publishedUnanswered: string[]
}

export const newArticleWrites = (id: number): ArticleWrites => ({ id, draftUnanswered: [], publishedUnanswered: [] })

const PUBLISH_EVERY = 5

/** Signs in through the REST login, as the admin's screen does; the JWT goes on every write. */
export async function login(cms: string, email: string, password: string): Promise<string> {
  const answer = await sendJson<{ token: string }>(`${cms}/api/users/login`, { method: 'POST', body: JSON.stringify({ email, password }) })
  return answer.token
}

/** Editor accounts made by the admin, each signed in once (successful logins are not throttled). */
export async function editorAccounts(cms: string, admin: { email: string; password: string }, count: number): Promise<Editor[]> {
  const adminToken = await login(cms, admin.email, admin.password)
  const editors: Editor[] = []
  for (let index = 1; index <= count; index += 1) {
    const email = `bench-editor-${index}@oneheart.local`
    const password = `bench-editor-password-${index}`
    await sendJson(`${cms}/api/users`, {
      method: 'POST',
      headers: { authorization: `JWT ${adminToken}` },
      body: JSON.stringify({ name: `負荷試験の編集者${index}`, email, password, role: 'editor' }),
    })
    editors.push({ name: `editor ${index}`, token: await login(cms, email, password) })
  }
  return editors
}

/** One write as the admin sends it: an autosave of the draft, or a publish. Remembers what was acknowledged. */
export async function writeOnce(
  cms: string,
  editor: Editor,
  article: ArticleWrites,
  value: string,
  kind: 'autosave' | 'publish',
  tallies: Record<Kind, Tally>,
) {
  const headers = { authorization: `JWT ${editor.token}`, 'content-type': 'application/json' }
  const publish = kind === 'publish'
  const url = publish ? `${cms}/api/articles/${article.id}` : `${cms}/api/articles/${article.id}?draft=true&autosave=true`
  const body = JSON.stringify(publish ? { lead: value, _status: 'published' } : { lead: value })
  const answer = await send(url, { method: 'PATCH', headers, body, keepBody: true })
  tallies[kind].record(`PATCH ${url}`, answer)
  if (acknowledged(answer)) {
    article.draft = { value, kind }
    article.draftUnanswered = []
    if (publish) {
      article.published = value
      article.publishedUnanswered = []
    }
  } else {
    article.draftUnanswered.push(value)
    if (publish) article.publishedUnanswered.push(value)
  }
  return answer
}

/**
 * One editor on one article: autosaves with changing text back to back (faster than the admin's
 * 2-second autosave, to press harder), publishing every fifth write, until `until`.
 */
export async function edit(cms: string, editor: Editor, article: ArticleWrites, label: string, until: number, tallies: Record<Kind, Tally>) {
  for (let write = 1; Date.now() < until; write += 1) {
    const value = `負荷試験 ${label} ${editor.name} 書き込み${write} ${new Date().toISOString()}`
    await writeOnce(cms, editor, article, value, write % PUBLISH_EVERY === 0 ? 'publish' : 'autosave', tallies)
  }
}

/**
 * After the load: reads each article's latest version (as its editor) and its published
 * version (anonymously, as readers get it) and counts every acknowledged value that is missing.
 */
export async function countLostWrites(cms: string, editor: Editor, article: ArticleWrites, tallies: Record<Kind, Tally>): Promise<string[]> {
  const lost: string[] = []
  if (article.draft) {
    const latest = await sendJson<{ lead?: string }>(`${cms}/api/articles/${article.id}?draft=true&depth=0`, {
      headers: { authorization: `JWT ${editor.token}` },
    })
    if (latest.lead !== article.draft.value && !article.draftUnanswered.includes(latest.lead ?? '')) {
      tallies[article.draft.kind].lostWrites += 1
      lost.push(`article ${article.id} latest version: expected 「${article.draft.value}」, found 「${latest.lead}」`)
    }
  }
  if (article.published) {
    const live = await sendJson<{ lead?: string }>(`${cms}/api/articles/${article.id}?depth=0`)
    if (live.lead !== article.published && !article.publishedUnanswered.includes(live.lead ?? '')) {
      tallies.publish.lostWrites += 1
      lost.push(`article ${article.id} published: expected 「${article.published}」, found 「${live.lead}」`)
    }
  }
  return lost
}
