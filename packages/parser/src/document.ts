/** A locale tag as used in `docs-source/<locale>/`, for example `en` or `sv`. */
export type Locale = string

/** How a source document is written. */
export type DocumentFormat = 'gfm' | 'learn-text'

/** Where something starts in its source file (1-based). */
export interface SourcePosition {
  line: number
}

/** A heading below the title (H2 and deeper). */
export interface HeadingBlock {
  kind: 'heading'
  depth: number
  text: string
  line: number
}

export interface ParagraphBlock {
  kind: 'paragraph'
  text: string
  /** Heading texts from H2 down to the nearest heading. */
  section: string[]
  line: number
}

export interface CodeBlock {
  kind: 'code'
  text: string
  section: string[]
  line: number
}

export interface TableRow {
  /** One list of values per column, in document order. */
  cells: string[][]
  line: number
}

export interface TableBlock {
  kind: 'table'
  section: string[]
  /** The nearest paragraph before the table in the same section, or `null`. */
  leadIn: string | null
  columns: string[]
  rows: TableRow[]
  /** The header row's line. */
  line: number
}

export interface ListItem {
  text: string
  line: number
}

export interface ListBlock {
  kind: 'list'
  ordered: boolean
  section: string[]
  leadIn: string | null
  items: ListItem[]
  line: number
}

export interface NoteBlock {
  kind: 'note'
  /** Lower-cased callout kind: `note`, `important`, `tip`, `caution`, `warning`. */
  noteKind: string
  /** Plain text of each paragraph in the callout. */
  paragraphs: string[]
  text: string
  section: string[]
  /** The callout's first line. */
  line: number
}

export type Block = HeadingBlock | ParagraphBlock | CodeBlock | TableBlock | ListBlock | NoteBlock

/** One source document, reduced to the blocks the dataset and the diff care about. */
export interface ParsedDocument {
  file: string
  format: DocumentFormat
  /** The H1: the visible title, comparable across locales. */
  title: string | null
  titleLine: number | null
  /** Front matter fields as written, or `null` when there is none. */
  frontMatter: Record<string, unknown> | null
  /** `ms.date` normalized to `YYYY-MM-DD`. */
  msDate: string | null
  /**
   * True when multi-value cells were flattened into one space-joined string (rendered Learn text),
   * so each cell holds a single value until `alignLocales` splits it against the source locale.
   */
  joinedCells: boolean
  blocks: Block[]
}
