// Loaded with `node --import` by corpus-scaling.mjs: on exit, report how long the main thread was
// busy (its event loop's active time), the process's CPU time (all threads) and its peak RSS.
import { performance } from 'node:perf_hooks'

process.on('exit', () => {
  const { active } = performance.eventLoopUtilization()
  const { userCPUTime, systemCPUTime, maxRSS } = process.resourceUsage()
  process.stderr.write(
    `bench-main-active-ms ${active.toFixed(0)} bench-cpu-ms ${((userCPUTime + systemCPUTime) / 1000).toFixed(0)} bench-rss-kb ${maxRSS}\n`,
  )
})
