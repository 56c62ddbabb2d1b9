/**
 * Text from documents as literal Markdown: every character that could start markup (emphasis,
 * code, links, HTML, tables, headings) is escaped, and line breaks become spaces so a value can
 * never end a table row. The one escaper for every Markdown this repository writes.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]<>|~#]/g, '\\$&').replace(/\r\n|\r|\n/g, ' ')
}
