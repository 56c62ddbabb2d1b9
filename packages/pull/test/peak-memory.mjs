// Preloaded (`node --import`) into a command under test: on exit, writes the process's peak
// resident set size in kB (getrusage's ru_maxrss, which the kernel keeps) to $PEAK_MEMORY_FILE.
import { writeFileSync } from 'node:fs'

process.on('exit', () => {
  writeFileSync(process.env.PEAK_MEMORY_FILE, `${process.resourceUsage().maxRSS}\n`)
})
