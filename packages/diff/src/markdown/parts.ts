import type { RootContent } from 'mdast'

/**
 * A part of the report the size budget may shrink: in full, or as counts only. Sections are the
 * entities' before and after; details are what is folded anyway (drift, cosmetic changes).
 */
export interface Part {
  /** What it is, for the note that says what was cut: `Table “Data stored by MFA Server”`. */
  name: string
  layer: 'section' | 'details'
  /** How many it shows in full, and of what: `3 changes`, `25 rows`. */
  rows: number
  unit: [one: string, many: string]
  full: RootContent[]
  counted: RootContent[]
}

/** Groups with more rows than this fold their table into `<details>`. */
export const FOLD_AFTER = 8
