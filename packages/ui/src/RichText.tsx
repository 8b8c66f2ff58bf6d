import { RichText as LexicalRichText, type JSXConvertersFunction } from '@payloadcms/richtext-lexical/react'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import type { ReactNode } from 'react'

/**
 * Renders an article body stored as Lexical JSON. `renderText` shows each run of text its own
 * way (furigana on the site); bold, italics and the rest still wrap it as Lexical says.
 */
export function RichText({ data, className, renderText }: { data: unknown; className?: string; renderText?: (text: string) => ReactNode }) {
  if (!data || typeof data !== 'object' || !('root' in data)) return null
  const converters: JSXConvertersFunction | undefined = renderText
    ? ({ defaultConverters }) => ({
        ...defaultConverters,
        // Payload's text converter only wraps node.text in format tags, so it can wrap ours.
        text: (args) => {
          const formatText = defaultConverters.text
          const node = { ...args.node, text: renderText(args.node.text) as unknown as string }
          return typeof formatText === 'function' ? formatText({ ...args, node }) : node.text
        },
      })
    : undefined
  return <LexicalRichText data={data as SerializedEditorState} className={className} disableContainer={false} converters={converters} />
}
