'use client'
import { type ReactNode, useEffect } from 'react'
import { guardEscapeKey } from './escapeKey'
import { repairAccessibility } from './repairAccessibility'

/** Wraps the whole admin: repairs Payload's accessibility gaps as screens render and change, and keeps Esc to the innermost popup. */
export function AccessibleAdmin({ children }: { children?: ReactNode }) {
  useEffect(() => {
    let pending = false
    const run = () => {
      pending = false
      repairAccessibility(document.body)
    }
    run()
    const observer = new MutationObserver(() => {
      if (pending) return
      pending = true
      requestAnimationFrame(run)
    })
    observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-label', 'aria-hidden', 'role'] })
    const releaseEscape = guardEscapeKey()
    return () => {
      observer.disconnect()
      releaseEscape()
    }
  }, [])
  return <>{children}</>
}
