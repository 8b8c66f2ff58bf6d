/** The labelled parts of a report, in the order the newsletter prints them. */
export const STORY_PARTS = [
  { name: 'purpose', heading: '目的', en: 'Purpose' },
  { name: 'background', heading: '経緯', en: 'How it came about' },
  { name: 'scene', heading: '様子', en: 'What happened' },
  { name: 'nextSteps', heading: '今後', en: 'What comes next' },
  { name: 'impressions', heading: '感想', en: 'Impressions' },
] as const

export type StoryPartName = (typeof STORY_PARTS)[number]['name']
