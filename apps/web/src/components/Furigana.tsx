// biome-ignore-all lint/a11y/noAriaHiddenOnFocusable: <rp> and <rt> take no focus; they are hidden so a screen reader reads the text once, as written
import { rubySegments } from '@oneheart/search/readings'
import { Fragment } from 'react'
import { knownReadings } from '~/lib/knownReadings'

/**
 * Text with furigana over its kanji, generated from the dictionary and the names' よみがな in the
 * CMS. The readings are hidden
 * from screen readers, which read the text once, as written.
 */
export async function Furigana({ text, on }: { text: string; on: boolean }) {
  if (!on) return <>{text}</>
  const segments = await rubySegments(text, await knownReadings())
  return (
    <>
      {segments.map((segment, index) =>
        segment.ruby ? (
          <ruby key={index}>
            {segment.text}
            <rp aria-hidden="true">(</rp>
            <rt aria-hidden="true">{segment.ruby}</rt>
            <rp aria-hidden="true">)</rp>
          </ruby>
        ) : (
          <Fragment key={index}>{segment.text}</Fragment>
        ),
      )}
    </>
  )
}
