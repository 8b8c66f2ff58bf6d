import type { GroupField } from 'payload'
import { label } from '../labels.ts'

/** The labelled parts of a report, in the order the newsletter prints them. */
export const STORY_PARTS = [
  { name: 'purpose', heading: '目的', en: 'Purpose' },
  { name: 'background', heading: '経緯', en: 'How it came about' },
  { name: 'scene', heading: '様子', en: 'What happened' },
  { name: 'nextSteps', heading: '今後', en: 'What comes next' },
  { name: 'impressions', heading: '感想', en: 'Impressions' },
] as const

export type StoryPartName = (typeof STORY_PARTS)[number]['name']

export function storyPartsField(overrides: Partial<GroupField> = {}): GroupField {
  return {
    name: 'parts',
    type: 'group',
    label: label('【目的】【経緯】【様子】【今後】【感想】', 'Labelled parts'),
    fields: STORY_PARTS.map((part) => ({
      name: part.name,
      type: 'textarea' as const,
      maxLength: 4000,
      label: label(`【${part.heading}】`, part.en),
    })),
    ...overrides,
  } as GroupField
}
