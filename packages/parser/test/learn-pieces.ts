import fc from 'fast-check'

/** Pieces of Learn markdown, text and HTML, so random documents hit the interesting paths. */
export const learnPieces: readonly string[] = [
  '# Title\n',
  '## Section\n',
  '### Sub\n',
  '| a | b |\n',
  '|---|---|\n',
  'x | y |\n',
  '---|---|\n',
  '| v<br/>w | z |\n',
  '> [!NOTE]\n',
  '> ',
  '- item\n',
  '  - nested\n',
  '1. first\n',
  '```\n',
  '~~~js\n',
  '<br />',
  '\\|',
  '&#124;',
  '&amp;',
  '<a name="x"></a>\n',
  '---\ntitle: t\nms.date: 11/27/2024\n---\n',
  'ms.date: 13/45/2024\n',
  '\n',
  '\n\n',
  ' ',
  '\t',
  'Viktigt!\n',
  'Kommentar\n',
  'Tips\n',
  'constructor\n',
  '<div class="NOTE"><p>Note</p><p>x</p></div>',
  '<h1>T</h1>',
  '<table><tr><td>a<br>b</td></tr></table>',
  '<main><div class="content">',
  '</div></main>',
  '\u0000',
  '\uFEFF',
  '\r\n',
  '\r',
  'Röstsamtal',
  '日本語',
  '🙂',
  '\u200b',
  '*',
  '_',
  '[',
  ']',
  '(',
  ')',
  '<',
  '>',
]

/** Random documents joined from `pieces` and random strings (the fuzz suite's inputs). */
export function learnDocumentText(pieces: readonly string[] = learnPieces): fc.Arbitrary<string> {
  return fc
    .array(
      fc.oneof(
        fc.constantFrom(...pieces),
        fc.string({ maxLength: 30 }),
        fc.string({ unit: 'binary', maxLength: 10 }),
      ),
      { maxLength: 80 },
    )
    .map((parts) => parts.join(''))
}
