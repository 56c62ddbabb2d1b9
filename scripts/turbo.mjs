// Every root script runs turbo through here, so that telemetry is off in one place:
// `node scripts/turbo.mjs run build …` is `turbo run build …` with TURBO_TELEMETRY_DISABLED=1 and
// DO_NOT_TRACK=1 set. Output is turbo's own (inherited stdio), and so is the exit code.
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'

const turbo = createRequire(import.meta.url).resolve('turbo/bin/turbo')
const child = spawn(process.execPath, [turbo, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' },
})

// Ctrl-C reaches turbo from the terminal too: wait for it to stop its tasks instead of leaving it
// running behind a returned prompt. A signal sent to this process alone is passed on.
const signals = ['SIGINT', 'SIGTERM', 'SIGHUP']
for (const signal of signals) {
  process.on(signal, () => {
    if (signal !== 'SIGINT') child.kill(signal)
  })
}

child.on('error', (error) => {
  console.error(`scripts/turbo.mjs: cannot start turbo: ${error.message}`)
  process.exitCode = 1
})
child.on('exit', (code, signal) => {
  if (signal) {
    // End the way turbo ended, so the shell sees the same signal.
    for (const name of signals) process.removeAllListeners(name)
    process.kill(process.pid, signal)
    return
  }
  process.exitCode = code ?? 1
})
