/** A label in the admin's two languages; Japanese first because it is the default. */
export function label(ja: string, en: string): { ja: string; en: string } {
  return { ja, en }
}
