'use client'
import { useEffect, useState } from 'react'

/**
 * Seconds since `since`, ticking: OCR of a scanned page takes several seconds, and a counter
 * shows the screen has not stopped. Hidden from screen readers, which would read every tick.
 */
export function Elapsed({ since }: { since: number }) {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(timer)
  }, [])
  return <span aria-hidden="true">（{Math.max(0, Math.round((now - since) / 1000))}秒）</span>
}
