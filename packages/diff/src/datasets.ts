// The outputs of a dataset comparison, without the docs readers: for tools that ship a dataset (the
// CLI) and must not load a markdown parser. The comparison itself is @mfa-residency/compare.
export { formatMarkdown, MAX_LENGTH, type MarkdownOptions } from './format-markdown.js'
export { formatText, type TextOptions } from './format-text.js'
export { markdownText } from './markdown/doc-text.js'
export { summaryLines } from './summary-text.js'
