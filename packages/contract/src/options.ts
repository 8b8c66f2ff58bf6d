/** Option lists shared by collections, zod schemas and the apps' filters. */
import { label } from './labels.ts'

export const ACTIVITY_KINDS = [
  { value: 'mutual-aid', label: label('助け合い活動', 'Mutual aid') },
  { value: 'gathering-place', label: label('居場所', 'Gathering place') },
  { value: 'salon', label: label('サロン', 'Salon') },
  { value: 'other', label: label('その他', 'Other') },
] as const

export const ACTIVITY_STATUSES = [
  { value: 'active', label: label('活動中', 'Active') },
  { value: 'paused', label: label('休止中', 'Paused') },
  { value: 'ended', label: label('終了', 'Ended') },
] as const

export const WEEKDAYS = [
  { value: 'mon', label: label('月', 'Mon') },
  { value: 'tue', label: label('火', 'Tue') },
  { value: 'wed', label: label('水', 'Wed') },
  { value: 'thu', label: label('木', 'Thu') },
  { value: 'fri', label: label('金', 'Fri') },
  { value: 'sat', label: label('土', 'Sat') },
  { value: 'sun', label: label('日', 'Sun') },
] as const

export const ARTICLE_KINDS = [
  { value: 'activity-report', label: label('活動報告', 'Activity report') },
  { value: 'council-story', label: label('協議体の取り組み', 'Council story') },
  { value: 'visit', label: label('視察受入れ', 'Visit received') },
  { value: 'event-announcement', label: label('お知らせ・開催案内', 'Event announcement') },
  { value: 'event-report', label: label('開催報告', 'Event report') },
  { value: 'meeting-summary', label: label('第1層協議体の話し合い', 'Meeting summary') },
  { value: 'notice', label: label('いつものお知らせ', 'Standing notice') },
] as const

/** Whom an event's capacity counts: each invited council, or everyone together. */
export const CAPACITY_SCOPES = [
  { value: 'per-council', label: label('1協議体あたり', 'Per council') },
  { value: 'total', label: label('全体で', 'In total') },
] as const

export const MEETING_KINDS = [
  { value: 'residents-planning', label: label('住民企画会議', 'Residents’ planning meeting') },
  { value: 'project-promotion', label: label('事業推進会議', 'Project promotion meeting') },
] as const

export const WORKING_GROUPS = [
  { value: 'awareness', label: label('普及啓発', 'Awareness') },
  { value: 'planning', label: label('企画推進', 'Planning') },
  { value: 'activity-support', label: label('活動創出・支援', 'Creating and supporting activities') },
] as const

/** Where a contributor's draft stands: 執筆中 → 確認待ち → 差し戻し or 承認済み (published). */
export const REVIEW_STATES = [
  { value: 'writing', label: label('執筆中', 'Writing') },
  { value: 'submitted', label: label('確認待ち', 'Submitted for review') },
  { value: 'returned', label: label('差し戻し', 'Sent back') },
  { value: 'approved', label: label('承認・公開済み', 'Approved and published') },
] as const

/** The printed editions of an issue (apps/print), named alike in the CMS and the print app. */
export const PRINT_EDITIONS = [
  { value: 'standard', label: label('通常版', 'Standard') },
  { value: 'large', label: label('拡大版', 'Large print') },
  { value: 'mono', label: label('白黒版', 'Black and white') },
] as const

export const API_KEY_SCOPES = [
  { value: 'read:drafts', label: label('下書きを読む', 'Read drafts') },
  { value: 'write', label: label('書き込む（下書きの作成・更新）', 'Write drafts') },
] as const

type Values<T extends readonly { value: string }[]> = T[number]['value']
export type ActivityKind = Values<typeof ACTIVITY_KINDS>
export type ActivityStatus = Values<typeof ACTIVITY_STATUSES>
export type Weekday = Values<typeof WEEKDAYS>
export type ArticleKind = Values<typeof ARTICLE_KINDS>
export type MeetingKind = Values<typeof MEETING_KINDS>
export type CapacityScope = Values<typeof CAPACITY_SCOPES>
export type ApiKeyScope = Values<typeof API_KEY_SCOPES>
export type ReviewState = Values<typeof REVIEW_STATES>
export type PrintEdition = Values<typeof PRINT_EDITIONS>

export function valuesOf<T extends readonly { value: string }[]>(options: T): [Values<T>, ...Values<T>[]] {
  return options.map((option) => option.value) as [Values<T>, ...Values<T>[]]
}

/** The Japanese label of an option value, for apps that print it. */
export function jaLabel(options: readonly { value: string; label: { ja: string } }[], value: string): string {
  return options.find((option) => option.value === value)?.label.ja ?? value
}

/** The kinds of framed note (囲み) a story can carry. */
export const BOX_TONES = [
  { value: 'survey', label: label('アンケートの声', 'Survey voices') },
  { value: 'request', label: label('お願い', 'Request') },
  { value: 'column', label: label('コラム', 'Column') },
  { value: 'note', label: label('メモ・その他', 'Note') },
] as const
