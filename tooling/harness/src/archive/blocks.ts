/**
 * The pieces a coordinator's issue is made of, as HTML: the same shapes the newsletter prints
 * (masthead, みなさまへ, reports with 【目的】…【感想】, step flows, framed boxes, announcements
 * with sessions, meeting summaries, the request box and the footer). Text is escaped here.
 */

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

const paragraphs = (texts: string[]) => texts.map((text) => `<p>${escapeHtml(text)}</p>`).join('')

export function masthead(issue: { subtitle: string; number?: number; dateLine: string }): string {
  const number = issue.number === undefined ? '' : `<span class="masthead__number">第${issue.number}号</span>`
  return `<header class="masthead">
    <p class="masthead__subtitle">${escapeHtml(issue.subtitle)}</p>
    <h1 class="masthead__title">めざせ！ワンハート</h1>
    <p class="masthead__issue">${number}<span>${escapeHtml(issue.dateLine)}</span></p>
  </header>`
}

export function greeting(texts: string[]): string {
  return `<section class="box greeting"><h2 class="box__title">みなさまへ</h2>${paragraphs(texts)}</section>`
}

/** A labelled part: 【目的】, 【経緯】, 【様子】, 【今後】, 【感想】 or a label of the writer's own. */
export type Part = [label: string, text: string]

export function story(report: { district?: string; kicker?: string; title: string; lead?: string; parts?: Part[]; body?: string[]; inside?: string }): string {
  const district = report.district ? `<p class="story__district">${escapeHtml(report.district)}</p>` : ''
  const kicker = report.kicker ? `<p class="story__kicker">${escapeHtml(report.kicker)}</p>` : ''
  const lead = report.lead ? `<p class="story__lead">${escapeHtml(report.lead)}</p>` : ''
  const parts = (report.parts ?? [])
    .map(([label, text]) => `<p class="part"><b class="part__label">【${escapeHtml(label)}】</b>${escapeHtml(text)}</p>`)
    .join('')
  return `<article class="story">${district}${kicker}<h2 class="story__title">${escapeHtml(report.title)}</h2>${lead}${
    report.inside ?? ''
  }${paragraphs(report.body ?? [])}${parts}</article>`
}

/** A framed note with a title: アンケートの声, a column, an explanation. */
export function box(title: string, texts: string[], className = ''): string {
  return `<section class="box ${className}"><h3 class="box__title">${escapeHtml(title)}</h3>${paragraphs(texts)}</section>`
}

/** Steps drawn as boxes joined by arrows, each with who took part. */
export function stepFlow(title: string, steps: Array<[step: string, who: string]>): string {
  const items = steps
    .map(([step, who]) => `<li class="flow__step"><b>${escapeHtml(step)}</b><span>${escapeHtml(who)}</span></li>`)
    .join('<li class="flow__arrow" aria-hidden="true">↓</li>')
  return `<section class="flow"><h3 class="flow__title">${escapeHtml(title)}</h3><ol>${items}</ol></section>`
}

export interface Session {
  number: number
  day: string
  time: string
  place: string
  councils: string
}

export function announcement(event: { title: string; points: string[]; capacity: string; sessions: Session[]; note?: string }): string {
  const rows = event.sessions
    .map(
      (s) =>
        `<tr><td>第${s.number}回</td><td>${escapeHtml(s.day)}<br>${escapeHtml(s.time)}</td><td>${escapeHtml(s.place)}</td><td>${escapeHtml(s.councils)}</td></tr>`,
    )
    .join('')
  return `<section class="box announcement"><h2 class="box__title">${escapeHtml(event.title)}</h2>
    <ul>${event.points.map((point) => `<li>${escapeHtml(point)}</li>`).join('')}</ul>
    <p class="announcement__capacity">定員：${escapeHtml(event.capacity)}</p>
    <table><thead><tr><th>回</th><th>日時</th><th>会場</th><th>お招きする協議体</th></tr></thead><tbody>${rows}</tbody></table>
    ${event.note ? `<p>${escapeHtml(event.note)}</p>` : ''}</section>`
}

/** One agenda item with its "→" outcomes (some have none). */
export type AgendaItem = [topic: string, ...outcomes: string[]]

export interface MeetingMonth {
  month: string
  meetings: Array<{ kind: '住民企画会議' | '事業推進会議'; note?: string; items: AgendaItem[] }>
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩'

export function meetingSummary(title: string, months: MeetingMonth[]): string {
  const body = months
    .map(({ month, meetings }) => {
      const kinds = meetings
        .map(({ kind, note, items }) => {
          const list = items
            .map(([topic, ...outcomes], index) => {
              const lines = outcomes.map((outcome) => `<p class="agenda__outcome">→ ${escapeHtml(outcome)}</p>`).join('')
              return `<li><p class="agenda__topic">${CIRCLED[index]}${escapeHtml(topic)}</p>${lines}</li>`
            })
            .join('')
          return `<h4 class="meeting__kind">${kind}</h4>${note ? `<p>${escapeHtml(note)}</p>` : ''}<ol class="agenda">${list}</ol>`
        })
        .join('')
      return `<section class="meeting"><h3 class="meeting__month">${escapeHtml(month)}</h3>${kinds}</section>`
    })
    .join('')
  return `<article class="story meetings"><h2 class="story__title">${escapeHtml(title)}</h2>${body}</article>`
}

/** The coordinators' standing request, with its bold phrases (**like this**). */
export function requestBox(title: string, texts: string[]): string {
  const bold = (text: string) => escapeHtml(text).replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
  return `<section class="box request"><h3 class="box__title">${escapeHtml(title)}</h3>${texts.map((text) => `<p>${bold(text)}</p>`).join('')}</section>`
}

export function footer(lines: string[]): string {
  return `<footer class="colophon">${paragraphs(lines)}</footer>`
}
