'use client'

import { useEffect, useRef, useState } from 'react'

/**
 * Search-as-you-type: fills the box's <datalist> with matching titles while the reader types.
 * Without JavaScript the box is a plain GET form, so nothing here is needed to search.
 */
export function SearchSuggest({ inputId, listId }: { inputId: string; listId: string }) {
  const [suggestions, setSuggestions] = useState<string[]>([])
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)

  useEffect(() => {
    const input = document.getElementById(inputId) as HTMLInputElement | null
    if (!input) return
    input.setAttribute('list', listId)
    let controller: AbortController | undefined
    const onInput = () => {
      clearTimeout(timer.current)
      const q = input.value.trim()
      if (!q) return setSuggestions([])
      timer.current = setTimeout(async () => {
        controller?.abort()
        controller = new AbortController()
        try {
          const response = await fetch(`/api/search/suggest?q=${encodeURIComponent(q)}`, { signal: controller.signal })
          if (response.ok) setSuggestions(((await response.json()) as { suggestions: string[] }).suggestions)
        } catch {
          // A suggestion that does not arrive is no loss; the form still searches.
        }
      }, 250)
    }
    input.addEventListener('input', onInput)
    return () => {
      input.removeEventListener('input', onInput)
      controller?.abort()
    }
  }, [inputId, listId])

  return (
    <datalist id={listId}>
      {suggestions.map((text) => (
        <option key={text} value={text} />
      ))}
    </datalist>
  )
}
