// Loaded with `node --import` by corpus-speed.mjs: report the process's peak RSS (worker threads
// included) on exit.
process.on('exit', () => process.stderr.write(`peak-rss-kb ${process.resourceUsage().maxRSS}\n`))
