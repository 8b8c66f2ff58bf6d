/** A one-line progress bar on a terminal; plain lines every 10% when output is a log file. */
export function progressBar(label: string, out: NodeJS.WriteStream = process.stdout) {
  let lastTenth = -1
  return {
    update(done: number, total: number, detail = '') {
      const ratio = total ? done / total : 1
      if (out.isTTY) {
        const width = 30
        const filled = Math.round(ratio * width)
        out.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${Math.round(ratio * 100)}% ${done}/${total} ${detail}`.padEnd(80))
        if (done === total) out.write('\n')
      } else if (Math.floor(ratio * 10) !== lastTenth) {
        lastTenth = Math.floor(ratio * 10)
        out.write(`${label} ${Math.round(ratio * 100)}% ${done}/${total} ${detail}\n`)
      }
    },
  }
}
