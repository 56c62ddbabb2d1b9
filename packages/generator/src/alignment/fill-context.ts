import type { JoinedCell, ParsedDocument } from '@mfa-residency/parser'
import type { Cell, Locale } from './article.js'
import type { Unpaired } from './unpaired.js'

/** A joined cell of rendered Learn text, split against its English once every table is filled. */
export interface JoinedCellJob {
  cell: JoinedCell
  owner: Cell
  apply: (values: string[]) => void
}

/**
 * What filling one translation needs, and what it finds besides the translations it writes: why an
 * entity got none, translated content with no English, and the joined cells still to split.
 */
export interface FillContext {
  readonly from: Locale
  readonly to: Locale
  readonly target: ParsedDocument
  readonly reasons: Map<object, string>
  readonly unpaired: Unpaired[]
  readonly joined: JoinedCellJob[]
}
