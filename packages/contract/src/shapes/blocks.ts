import { z } from 'zod'
import { BOX_TONES, valuesOf } from '../options.ts'
import { mediaSchema } from './common.ts'

/** Lexical rich text as stored; render with @oneheart/ui's RichText. */
const richText = z.unknown()

/** One block of an article's body, in the order the editor laid them out. */
export const articleBlockSchema = z.discriminatedUnion('type', [
  /** 【目的】…: `label` is the word inside the brackets; `part` names the standard ones. */
  z.object({ type: z.literal('part'), part: z.string(), label: z.string(), text: z.string() }),
  z.object({ type: z.literal('text'), body: richText }),
  z.object({
    type: z.literal('steps'),
    title: z.string().nullable(),
    steps: z.array(z.object({ title: z.string(), detail: z.string().nullable() })),
  }),
  z.object({ type: z.literal('box'), title: z.string(), tone: z.enum(valuesOf(BOX_TONES)), body: richText }),
  z.object({
    type: z.literal('figure'),
    image: mediaSchema,
    /** The text alternative for this place: the editor's, or the image's own. */
    alt: z.string(),
    caption: z.string().nullable(),
    longDescription: z.string().nullable(),
  }),
  z.object({ type: z.literal('quote'), text: z.string(), speaker: z.string().nullable() }),
  z.object({ type: z.literal('table'), caption: z.string().nullable(), header: z.array(z.string()).nullable(), rows: z.array(z.array(z.string())) }),
])
export type PublicArticleBlock = z.infer<typeof articleBlockSchema>
