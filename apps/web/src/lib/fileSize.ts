/** A file's size as a reader reads it beside a link: 350KB, 1.2MB (decimal units, as phones show them). */
export function formatFileSize(bytes: number): string {
  if (bytes < 1000) return `${bytes}B`
  if (bytes < 1_000_000) return `${Math.round(bytes / 1000)}KB`
  const megabytes = bytes / 1_000_000
  return `${megabytes < 10 ? megabytes.toFixed(1) : Math.round(megabytes)}MB`
}
