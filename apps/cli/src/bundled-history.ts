/*
 * The published history, built as a bundle of its own (`dist/history.cjs`): its ≈ 280 kB of JSON
 * are parsed only by the commands that read the article through time.
 */

import data from '@mfa-residency/dataset/history.json' with { type: 'json' }
import type { History } from '@mfa-residency/dataset/history-queries'

export const history = data as unknown as History
