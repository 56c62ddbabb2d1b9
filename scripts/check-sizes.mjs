// Keeps rooms small: no hand-written source file over 300 lines, and no function over 80 lines
// unless a comment right above it starts with "Long on purpose:" and says why. Tests, generated
// files and bundles are exempt. Exits 1 and names every offender.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import ts from 'typescript'

const MAX_FILE_LINES = 300
const MAX_FUNCTION_LINES = 80
const root = path.resolve(import.meta.dirname, '..')

function sources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sources(full)
    return /\.ts$/.test(entry.name) && !/\.(generated|d)\.ts$/.test(entry.name) ? [full] : []
  })
}

const roots = ['packages', 'apps'].flatMap((group) =>
  readdirSync(path.join(root, group)).map((name) => path.join(root, group, name, 'src')),
)
const problems = []
for (const file of roots.flatMap((dir) => {
  try {
    return sources(dir)
  } catch {
    return []
  }
})) {
  const text = readFileSync(file, 'utf8')
  const relative = path.relative(root, file)
  const lines = text.split('\n').length
  if (lines > MAX_FILE_LINES)
    problems.push(`${relative}: ${lines} lines, at most ${MAX_FILE_LINES}`)
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true)
  const lineOf = (position) => source.getLineAndCharacterOfPosition(position).line + 1
  const visit = (node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const length = lineOf(node.getEnd()) - lineOf(node.getStart(source)) + 1
      const holder = ts.isVariableDeclaration(node.parent) ? node.parent.parent.parent : node
      const comments = ts.getLeadingCommentRanges(text, holder.getFullStart()) ?? []
      const reasoned = comments.some((range) =>
        /^\/[/*]\*?\s*Long on purpose:/m.test(
          text.slice(range.pos, range.end).replace(/^\/\*\*?\s*\*?\s*/, '/* '),
        ),
      )
      if (length > MAX_FUNCTION_LINES && !reasoned) {
        const name =
          node.name?.getText(source) ??
          (ts.isVariableDeclaration(node.parent) ? node.parent.name.getText(source) : '(anonymous)')
        problems.push(
          `${relative}:${lineOf(node.getStart(source))}: ${name} is ${length} lines, at most ${MAX_FUNCTION_LINES} without a "Long on purpose:" comment`,
        )
      }
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
}
if (problems.length > 0) {
  console.error(problems.join('\n'))
  process.exit(1)
}
console.log('sizes: every source file and function is within bounds')
