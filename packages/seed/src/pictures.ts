import sharp from 'sharp'
import type { PictureKind } from './data/types.ts'

/**
 * Demo photos are drawn, not downloaded: simple flat illustrations, one palette per kind,
 * varied by a seed so no two look the same.
 */
const PALETTES: Record<PictureKind, [string, string, string]> = {
  flowers: ['#fdf2d0', '#e4572e', '#76b041'],
  tea: ['#f3e9dc', '#8c5e3c', '#c08552'],
  houses: ['#dbe9f4', '#3a6ea5', '#f25c54'],
  field: ['#e9f5db', '#718355', '#b5c99a'],
  shop: ['#fff1e6', '#f08a4b', '#3d5a80'],
  walk: ['#e0fbfc', '#3d5a80', '#98c1d9'],
  meeting: ['#f7ede2', '#84a59d', '#f28482'],
  hands: ['#fef6e4', '#f582ae', '#8bd3dd'],
}

function random(seed: number) {
  let state = seed % 2147483647 || 1
  return () => {
    state = (state * 16807) % 2147483647
    return state / 2147483647
  }
}

function shapes(kind: PictureKind, next: () => number, [, main, accent]: [string, string, string]): string {
  const items: string[] = []
  for (let i = 0; i < 14; i++) {
    const x = Math.round(next() * 1200)
    const y = Math.round(350 + next() * 450)
    const r = Math.round(25 + next() * 60)
    const colour = i % 2 ? main : accent
    if (kind === 'houses' || kind === 'shop') {
      items.push(`<rect x="${x}" y="${y - r}" width="${r * 2}" height="${r * 1.6}" fill="${colour}"/>`)
      items.push(`<polygon points="${x - 10},${y - r} ${x + r},${y - r * 2} ${x + r * 2 + 10},${y - r}" fill="${main}"/>`)
    } else if (kind === 'walk' || kind === 'meeting' || kind === 'hands') {
      items.push(`<circle cx="${x}" cy="${y - r * 1.8}" r="${r / 2}" fill="${colour}"/>`)
      items.push(`<rect x="${x - r / 2}" y="${y - r * 1.2}" width="${r}" height="${r * 1.6}" rx="${r / 3}" fill="${colour}"/>`)
    } else {
      items.push(`<circle cx="${x}" cy="${y}" r="${r}" fill="${colour}" opacity="0.85"/>`)
      items.push(`<rect x="${x - 4}" y="${y}" width="8" height="${r * 2}" fill="${accent}"/>`)
    }
  }
  return items.join('')
}

export async function drawPicture(kind: PictureKind, seed: number): Promise<Buffer> {
  const palette = PALETTES[kind]
  const next = random(seed * 7919 + kind.length)
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800" viewBox="0 0 1200 800">
    <rect width="1200" height="800" fill="${palette[0]}"/>
    <circle cx="${200 + Math.round(next() * 800)}" cy="150" r="90" fill="#ffd166" opacity="0.9"/>
    <rect y="620" width="1200" height="180" fill="${palette[2]}" opacity="0.5"/>
    ${shapes(kind, next, palette)}
  </svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 82 }).toBuffer()
}
