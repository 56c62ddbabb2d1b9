/** A locale tag as used in `docs-source/<locale>/`, for example `en` or `sv`. */
export type Locale = string

/** How a source document is written. */
export type DocumentFormat = 'gfm' | 'learn-text' | 'learn-html'

/** Where something starts in its source file (1-based). */
export interface SourcePosition {
  line: number
}

/**
 * The first and last source lines (1-based) something spans. A table starts at its header row, a
 * callout at its first line.
 */
export interface LineSpan {
  line: number
  endLine: number
}

/**
 * A link in inline content: a markdown link, autolink or reference link (resolved through its
 * definition), an `<a href>` in raw HTML, or an image (`text` is its alt text, `url` its source).
 * `url` is the target as the source writes it; `text` is plain text, like the block's.
 */
export interface Link {
  text: string
  url: string
}

/** A heading below the title (H2 and deeper). */
export interface HeadingBlock extends LineSpan {
  kind: 'heading'
  depth: number
  text: string
  /** Its links, in document order. */
  links: Link[]
}

export interface ParagraphBlock extends LineSpan {
  kind: 'paragraph'
  text: string
  /**
   * Present on a footnote: a paragraph that starts with a superscript (`<sup>1</sup>OATH Code…`)
   * has that mark here, and its text is what follows the mark.
   */
  footnote?: string
  /** Its links, in document order. */
  links: Link[]
  /** Heading texts from H2 down to the nearest heading. */
  section: string[]
}

export interface CodeBlock extends LineSpan {
  kind: 'code'
  text: string
  section: string[]
}

export interface TableRow extends LineSpan {
  /** One list of values per column, in document order. */
  cells: string[][]
  /**
   * Parallel to `cells`: per column, per value, the footnote marks it carries. A superscript at
   * the end of a value (`US<sup>1</sup>`, `Europe <sup>2</sup>`) is a mark, kept out of the value's
   * text; `<sup>1,2</sup>` is two marks.
   */
  marks: string[][][]
  /** Parallel to `cells`: per column, per value, its links in document order. */
  links: Link[][][]
}

export interface TableBlock extends LineSpan {
  kind: 'table'
  section: string[]
  /** The nearest paragraph before the table in the same section, or `null`. */
  leadIn: string | null
  columns: string[]
  rows: TableRow[]
}

export interface ListItem extends LineSpan {
  text: string
  /** Links of the item's own text (not of lists and tables nested in it), in document order. */
  links: Link[]
}

export interface ListBlock extends LineSpan {
  kind: 'list'
  ordered: boolean
  section: string[]
  leadIn: string | null
  items: ListItem[]
}

export interface NoteBlock extends LineSpan {
  kind: 'note'
  /** Lower-cased callout kind: `note`, `important`, `tip`, `caution`, `warning`. */
  noteKind: string
  /** Plain text of each paragraph in the callout. */
  paragraphs: string[]
  text: string
  /** Links of all its paragraphs, in document order. */
  links: Link[]
  section: string[]
}

export type Block = HeadingBlock | ParagraphBlock | CodeBlock | TableBlock | ListBlock | NoteBlock

/**
 * What a rendered Learn page says about itself in its `<meta>` tags. Each field is `null` when the
 * page does not carry the tag (or carries a malformed value).
 */
export interface LearnPageMetadata {
  /** `locale`, as Learn writes it: `en-us`, `sv-se`. */
  locale: string | null
  /** `ms.date` normalized to `YYYY-MM-DD`. */
  msDate: string | null
  /** `updated_at`, as written (an ISO timestamp). */
  updatedAt: string | null
  /** `git_commit_id`: the commit of the docs repository the page was built from. */
  gitCommitId: string | null
  /** `original_content_git_url`: the source file on GitHub. */
  originalContentGitUrl: string | null
  /** `ms.translationtype`: `HT` (human) or `MT` (machine translation), on localized pages. */
  translationType: 'HT' | 'MT' | null
  /** `ms.sourcegitcommit`: the English commit a translation was made from (older pages). */
  sourceGitCommit: string | null
  /** `markdown_url`: where Learn serves its Markdown rendering, which is not read (see README). */
  markdownUrl: string | null
}

/** One source document, reduced to the blocks the dataset and the diff care about. */
export interface ParsedDocument {
  file: string
  format: DocumentFormat
  /** The H1: the visible title, comparable across locales. */
  title: string | null
  titleLine: number | null
  /** Front matter fields as written, or `null` when there is none. */
  frontMatter: Record<string, unknown> | null
  /** The line span of each front matter field, by field name. */
  frontMatterLines: Record<string, LineSpan>
  /** `ms.date` normalized to `YYYY-MM-DD`. */
  msDate: string | null
  /**
   * True when multi-value cells were flattened into one space-joined string (rendered Learn text),
   * so each cell holds a single value until `alignLocales` splits it against the source locale.
   */
  joinedCells: boolean
  /** Present when the source is a rendered Learn page (`learn-html`): its `<meta>` tags. */
  pageMetadata?: LearnPageMetadata
  blocks: Block[]
}
