'use client'

import { useEffect, useState } from 'react'

/**
 * 読み上げ: reads the article aloud with the browser's own speech synthesis. Shown only where
 * the browser has it; without JavaScript the button simply is not there.
 */
export function ReadAloud({ targetId }: { targetId: string }) {
  const [supported, setSupported] = useState(false)
  const [speaking, setSpeaking] = useState(false)

  useEffect(() => {
    setSupported(typeof window !== 'undefined' && 'speechSynthesis' in window)
    return () => {
      if ('speechSynthesis' in window) window.speechSynthesis.cancel()
    }
  }, [])

  if (!supported) return null

  const toggle = () => {
    const synth = window.speechSynthesis
    if (speaking) {
      synth.cancel()
      setSpeaking(false)
      return
    }
    const element = document.getElementById(targetId)
    if (!element) return
    // Readings over kanji are for the eye; the voice reads the text as written.
    const clone = element.cloneNode(true) as HTMLElement
    for (const node of clone.querySelectorAll('rt, rp, .read-aloud')) node.remove()
    const utterance = new SpeechSynthesisUtterance(clone.textContent ?? '')
    utterance.lang = 'ja-JP'
    utterance.rate = 0.9
    utterance.onend = () => setSpeaking(false)
    utterance.onerror = () => setSpeaking(false)
    synth.cancel()
    synth.speak(utterance)
    setSpeaking(true)
  }

  return (
    <p className="read-aloud">
      <button type="button" onClick={toggle} aria-pressed={speaking}>
        {speaking ? '読み上げを止める' : 'この記事を読み上げる'}
      </button>
    </p>
  )
}
