// Dataset-to-dataset comparison and its outputs, without the docs readers: for tools that ship a
// dataset (the CLI) and must not load a markdown parser.
export { type DiffDatasetsOptions, diffDatasets } from './diff-datasets.js'
export { formatMarkdown, type MarkdownOptions } from './format-markdown.js'
export { formatText, type TextOptions } from './format-text.js'
export type { Change, Level, Report } from './report.js'
export { makeReport } from './report.js'
