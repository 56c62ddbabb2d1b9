export { csvCell } from './csv-cell.js'
export { jsonText } from './json-text.js'
export { terminalLines, terminalText, terminalTextCopy } from './terminal-text.js'
