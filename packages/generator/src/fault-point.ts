// A test seam, for test/corpus-kill.test.ts only: with MFA_CORPUS_FAULT=<step>:<n> in the
// environment, the corpus run kills itself with SIGKILL (as `kill -9` would: no cleanup, no
// finally) the n-th time it reaches `step`, so the test can check what a reader finds after a kill
// at every step. Unset, as in every real run, a fault point is one comparison and does nothing.

/** The steps of a corpus run, in order, at which the kill test can stop it. */
export const faultSteps = [
  /** The articles are found and checked against the cache; nothing is written yet. */
  'discovered',
  /** An article was extracted (counted in the order they finish). */
  'extracted',
  /** A new file (an article's, or last the index) was written into the staging folder. */
  'staged',
  /** An article file was renamed from the staging folder into `articles/`. */
  'moved',
  /** The new `index.json` was renamed into place: the switch to this run's output. */
  'indexed',
  /** An article file that the index no longer names was removed. */
  'removed',
  /** The extraction cache was saved; the staging folder is still there. */
  'cached',
] as const

export type FaultStep = (typeof faultSteps)[number]

const fault = /^([a-z]+)(?::(\d+))?$/.exec(process.env.MFA_CORPUS_FAULT ?? '')
const faultStep = fault?.[1]
const faultCount = Number(fault?.[2] ?? 1)
let reached = 0

/** Kill this process here if MFA_CORPUS_FAULT names this step and this is its n-th time. */
export function faultPoint(step: FaultStep): void {
  if (step !== faultStep) return
  reached++
  if (reached === faultCount) process.kill(process.pid, 'SIGKILL')
}
