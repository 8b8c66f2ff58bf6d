import { z } from 'zod'
import { BOX_TONES, valuesOf } from '../options.ts'
import { STORY_PARTS } from '../storyParts.ts'
import { recordIdSchema } from './common.ts'

/** What a write answers: the record and its state (writes through the API stay drafts). */
export const writeResultSchema = z.object({
  id: z.number(),
  slug: z.string(),
  status: z.enum(['draft', 'published']),
  updatedAt: z.string(),
})
export type WriteResult = z.infer<typeof writeResultSchema>

// The same choices the admin's blocks offer (blocks/), so the two cannot drift apart.
const PART_NAMES = [...STORY_PARTS.map((part) => part.name), 'other'] as const
/** Typed text: a blank line starts a paragraph, **words** are bold. */
const typedText = (max: number) => z.string().trim().min(1).max(max)
const optionalText = (max: number) => z.string().trim().max(max).optional()

/**
 * One block of an article's body as a writer sends it (the API's createDraft, the demo
 * content): the same blocks the admin offers, with plain text where the admin has rich text.
 * Unknown keys are refused, so nothing a caller sends is silently dropped.
 */
export const articleBlockInputSchema = z.discriminatedUnion('type', [
  z
    .strictObject({ type: z.literal('part'), part: z.enum(PART_NAMES), label: optionalText(20), text: typedText(4000) })
    .refine((block) => block.part !== 'other' || Boolean(block.label), {
      path: ['label'],
      message: 'ほかの見出し（part: other）には label（見出しの言葉）が要ります。',
    }),
  z.strictObject({ type: z.literal('text'), text: typedText(8000) }),
  z.strictObject({
    type: z.literal('steps'),
    title: optionalText(60),
    steps: z
      .array(z.strictObject({ title: typedText(60), detail: optionalText(200) }))
      .min(2)
      .max(12),
  }),
  z.strictObject({ type: z.literal('box'), title: typedText(80), tone: z.enum(valuesOf(BOX_TONES)).default('note'), text: typedText(4000) }),
  z.strictObject({ type: z.literal('figure'), image: recordIdSchema, caption: optionalText(200), alt: optionalText(300), longDescription: optionalText(2000) }),
  z.strictObject({ type: z.literal('quote'), text: typedText(1000), speaker: optionalText(80) }),
  z.strictObject({
    type: z.literal('table'),
    caption: optionalText(120),
    rows: z
      .array(z.array(z.string().max(200)).min(1).max(12))
      .min(1)
      .max(50),
    hasHeader: z.boolean().default(true),
  }),
])
export type ArticleBlockInput = z.input<typeof articleBlockInputSchema>
