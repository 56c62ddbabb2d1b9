/*
 * The commands that write Markdown, built as a bundle of their own (`dist/markdown.cjs`) so that
 * the Markdown serializer is loaded only when one of them runs.
 */
export { diff } from './commands/diff.js'
export { exportMarkdown } from './commands/export-markdown.js'

export type MarkdownCommands = typeof import('./markdown-commands.js')
