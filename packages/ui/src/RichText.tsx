import { isSafeHref, linkUrlOf } from '@oneheart/contract'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { type JSXConvertersFunction, RichText as LexicalRichText } from '@payloadcms/richtext-lexical/react'
import type { ReactNode } from 'react'

type Converter = (args: { node: never; nodesToJSX: (args: { nodes: unknown[] }) => ReactNode[] }) => ReactNode

/**
 * A link whose address is not a web page, mail, phone or a path here (javascript:, vbscript:,
 * data:) is shown as its text only: the schema refuses such links on save, and this keeps
 * older or imported content from reaching a reader or a PDF's link annotations.
 */
function safeLink(convert: unknown): Converter {
  return (args) => {
    const node = args.node as { children?: unknown[] } & Parameters<typeof linkUrlOf>[0]
    const url = linkUrlOf(node)
    if (url !== null && !isSafeHref(url)) return <span>{args.nodesToJSX({ nodes: node.children ?? [] })}</span>
    return typeof convert === 'function' ? (convert as Converter)(args) : null
  }
}

/**
 * Renders an article body stored as Lexical JSON. `renderText` shows each run of text its own
 * way (furigana on the site); bold, italics and the rest still wrap it as Lexical says.
 */
export function RichText({ data, className, renderText }: { data: unknown; className?: string; renderText?: (text: string) => ReactNode }) {
  if (!data || typeof data !== 'object' || !('root' in data)) return null
  const converters: JSXConvertersFunction = ({ defaultConverters }) => ({
    ...defaultConverters,
    link: safeLink(defaultConverters.link) as never,
    autolink: safeLink(defaultConverters.autolink) as never,
    ...(renderText
      ? {
          // Payload's text converter only wraps node.text in format tags, so it can wrap ours.
          text: (args) => {
            const formatText = defaultConverters.text
            const node = { ...args.node, text: renderText(args.node.text) as unknown as string }
            return typeof formatText === 'function' ? formatText({ ...args, node }) : node.text
          },
        }
      : {}),
  })
  return <LexicalRichText data={data as SerializedEditorState} className={className} disableContainer={false} converters={converters} />
}
