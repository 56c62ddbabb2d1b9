// Loaded with `node --import` by corpus-scaling.mjs: on exit, report how long the main thread was
// busy (its event loop's active time), the CPU time of the process and of the worker processes it
// reaped (all threads), and its peak RSS. The worker processes inherit the flag, and stay silent.
import { readFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'

/** utime + stime + cutime + cstime from /proc/self/stat, in ms (clock ticks of 10 ms). */
function cpuWithChildrenMs() {
  const stat = readFileSync('/proc/self/stat', 'utf8')
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return fields.slice(11, 15).reduce((sum, ticks) => sum + Number(ticks), 0) * 10
}

if (!process.send) {
  process.on('exit', () => {
    const { active } = performance.eventLoopUtilization()
    const { maxRSS } = process.resourceUsage()
    process.stderr.write(
      `bench-main-active-ms ${active.toFixed(0)} bench-cpu-ms ${cpuWithChildrenMs()} bench-rss-kb ${maxRSS}\n`,
    )
  })
}
