import { describe, expect, test } from 'vitest'
import { alignLocales } from '../src/align-locales.js'
import { alignSequences } from '../src/align-sequences.js'
import { readGfm } from '../src/read-gfm.js'
import { readLearnText } from '../src/read-learn-text.js'
import { IdRegistry, slugify } from '../src/slug.js'
import { SourceError } from '../src/source-error.js'
import { splitJoinedCells } from '../src/split-joined-cells.js'
import { readEnglish, readSwedish, swedishText } from './seeds.js'

const english = readEnglish()
const align = (text = swedishText) =>
  alignLocales({ locale: 'en', document: english }, [
    { locale: 'sv', document: readSwedish(text, english) },
  ])

describe('alignLocales on the seeds', () => {
  const aligned = align()

  test('pairs every table, list and note, with no gaps', () => {
    expect(aligned.locales).toEqual(['en', 'sv'])
    expect(aligned.tables.map((table) => table.id)).toEqual([
      'data-stored-by-microsoft-entra-multifactor-authentication',
      'data-stored-by-microsoft-entra-multifactor-authentication-2',
      'data-stored-by-mfa-server',
      'mfa-server-and-cloud-based-mfa',
      'multifactor-authentication-activity-reports-for-sovereign-clouds',
    ])
    expect(aligned.lists).toHaveLength(4)
    expect(aligned.notes.map((note) => note.id)).toEqual([
      'data-stored-by-mfa-server',
      'multifactor-authentication-activity-reports-for-public-cloud',
    ])
    expect(aligned.translationGaps).toEqual([])
  })

  test('splits every Swedish multi-value cell into as many values as the English', () => {
    for (const table of aligned.tables) {
      for (const row of table.rows) {
        for (const cell of Object.values(row.cells)) expect(cell.sv).toHaveLength(cell.en!.length)
      }
    }
    const authenticator = aligned.tables[0]!.rows[3]!.cells['data-store-type']!
    expect(authenticator.sv).toEqual([
      'Loggar för multifaktorautentisering',
      'Rapportdatalager för multifaktorautentiseringsaktivitet',
      'Blockerade användare (om bedrägeri rapporterades)',
      'Ändra begäranden när Enhetstoken för Microsoft Authenticator ändras',
    ])
  })

  test('ties each Swedish value to its line and section', () => {
    const sovereign = aligned.tables[4]!
    expect(sovereign.rows[0]).toEqual({
      id: 'microsoft-azure-operated-by-21vianet',
      cells: {
        'sovereign-cloud': {
          en: ['Microsoft Azure operated by 21Vianet'],
          sv: ['Microsoft Azure drivs av 21Vianet'],
        },
        'sign-in-logs': { en: ['China'], sv: ['Kina'] },
        'multifactor-authentication-activity-report': { en: ['United States'], sv: ['USA'] },
        'multifactor-authentication-service-logs': { en: ['United States'], sv: ['USA'] },
      },
      source: { en: { line: 122 }, sv: { line: 66 } },
    })
    expect(sovereign.section.sv).toEqual([
      'Aktivitetsrapporter för multifaktorautentisering för nationella moln',
    ])
  })

  test('keeps values the Swedish page leaves untranslated as data', () => {
    expect(aligned.lists[2]!.items[2]!.text).toEqual({ en: 'Notifications', sv: 'Notifications' })
  })
})

describe('alignLocales when the Swedish does not fit', () => {
  const lines = swedishText.split('\n')

  test('a table removed from the Swedish is a gap, and everything else still aligns', () => {
    // Drop the sovereign clouds table (its header, delimiter and two rows).
    const text = [...lines.slice(0, 63), ...lines.slice(67)].join('\n')
    const aligned = align(text)
    expect(aligned.translationGaps).toEqual([
      {
        locale: 'sv',
        path: 'tables/multifactor-authentication-activity-reports-for-sovereign-clouds',
        reason: 'table missing in sv',
        source: { en: { line: 120 } },
      },
    ])
    const missing = aligned.tables[4]!
    expect(missing.rows[0]!.cells['sign-in-logs']).toEqual({ en: ['China'], sv: null })
    expect(aligned.tables[3]!.rows[0]!.source.sv).toEqual({ line: 60 })
  })

  test('a row added to the Swedish is reported, and the English rows keep their counterparts', () => {
    const text = swedishText.replace(
      'Microsoft Government Cloud | USA | USA | USA |',
      'Microsoft Government Cloud | USA | USA | USA |\nExtramoln | Norge | Norge | Norge |',
    )
    const aligned = align(text)
    expect(aligned.translationGaps).toEqual([
      {
        locale: 'sv',
        path: 'tables/multifactor-authentication-activity-reports-for-sovereign-clouds/rows',
        reason: 'sv row "Extramoln Norge Norge Norge" has no en counterpart',
        source: { sv: { line: 68 } },
      },
    ])
    expect(aligned.tables[4]!.rows[1]!.cells['sign-in-logs']).toEqual({
      en: ['United States'],
      sv: ['USA'],
    })
  })

  test('a cell that cannot be split unambiguously is an error naming the file and line', () => {
    // The seed's first multi-value cell on its own: none of its three values is known elsewhere.
    const source = readGfm(
      [
        '# Data residency',
        '',
        '## Data stored',
        '',
        '| Event type | Data store type |',
        '|---|---|',
        '| Voice call | Multifactor authentication logs<br/>Multifactor authentication activity report data store<br/>Blocked users (if fraud was reported) |',
      ].join('\n'),
      { file: 'en.md' },
    )
    const target = readLearnText(
      [
        'Datahemvist',
        'Data som lagras',
        'Händelsetyp | Typ av datalager |',
        '---|---|',
        'Röstsamtal | Loggar för multifaktorautentisering Rapportdatalager för multifaktorautentiseringsaktivitet Blockerade användare (om bedrägeri rapporterades) |',
      ].join('\n'),
      { file: 'sv.txt', locale: 'sv', reference: source },
    )
    let error: unknown
    try {
      alignLocales({ locale: 'en', document: source }, [{ locale: 'sv', document: target }])
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(SourceError)
    expect((error as SourceError).issues).toHaveLength(1)
    expect((error as SourceError).message).toMatch(
      /^sv\.txt:5: cannot split "Loggar för multifaktorautentisering Rapportdatalager .*" into 3 values \("Multifactor authentication logs", /,
    )
  })

  test('a Swedish cell with fewer words than English values is a gap, not a guess', () => {
    const text = swedishText.replace(
      'Moln-MFA | Alla metoder | Alla | Inloggningsloggar för Microsoft Entra i regionen | Moln i regionen |',
      'Moln-MFA | Alla metoder | Alla | | Moln i regionen |',
    )
    const gaps = align(text).translationGaps
    expect(gaps).toEqual([
      {
        locale: 'sv',
        path: 'tables/mfa-server-and-cloud-based-mfa/rows/cloud-mfa/cells/activity-report-location',
        reason: 'cell is empty, expected 1 value',
        source: { en: { line: 114 }, sv: { line: 61 } },
      },
    ])
  })

  test('a list item missing from the Swedish leaves unsure items unpaired instead of mispaired', () => {
    const aligned = align(swedishText.replace('- Cachelagringsregler\n', ''))
    const items = aligned.lists[3]!.items
    // "Server settings" shares enough text with "Serverinställningar" to pair. "Caching rules" must
    // not take "Engångsförbikoppling" (One-time bypass): with nothing shared to go by, both are
    // reported and left null.
    expect(items.map((item) => item.text.sv)).toEqual([
      'Serverinställningar',
      null,
      null,
      'Multi-Factor Authentication Server-status',
    ])
    expect(aligned.translationGaps.map((gap) => [gap.path, gap.reason])).toEqual([
      [
        'lists/organizational-data-stored-by-microsoft-entra-multifactor-authentication-2/items/1',
        'item missing in sv',
      ],
      [
        'lists/organizational-data-stored-by-microsoft-entra-multifactor-authentication-2/items/2',
        'item missing in sv',
      ],
      [
        'lists/organizational-data-stored-by-microsoft-entra-multifactor-authentication-2/items',
        'sv item "Engångsförbikoppling" has no en counterpart',
      ],
    ])
  })
})

describe('splitJoinedCells', () => {
  const cell = (sourceValues: string[], joined: string, line = 1) => ({
    sourceValues,
    joined,
    file: 'sv.txt',
    line,
  })

  test('learns until a pass adds nothing: a later cell settles an earlier one', () => {
    const result = splitJoinedCells([
      cell(['A'], 'alfa'),
      cell(['A', 'B', 'C'], 'alfa beta gamma delta', 2),
      cell(['A', 'B'], 'alfa beta', 3),
    ])
    expect(result.issues).toEqual([])
    expect(result.outcomes).toEqual([
      { kind: 'split', values: ['alfa'] },
      { kind: 'split', values: ['alfa', 'beta', 'gamma delta'] },
      { kind: 'split', values: ['alfa', 'beta'] },
    ])
  })

  test('never guesses between equally good splits', () => {
    const result = splitJoinedCells([cell(['A', 'B'], 'one two three', 7)])
    expect(result.issues).toEqual([
      {
        file: 'sv.txt',
        line: 7,
        message:
          'cannot split "one two three" into 2 values ("A", "B"): more than one value is not found anywhere else in the document',
      },
    ])
  })
})

test('alignSequences pairs equal sequences one to one and leaves the odd item out', () => {
  const a = ['x', 'y', 'z']
  const b = ['x', 'z']
  const pairs = alignSequences(a.length, b.length, {
    match: (i, j) => (a[i] === b[j] ? { cost: 0, span: 1 } : null),
  })
  expect(pairs).toEqual([
    { a: 0, b: 0, span: 1 },
    { a: 1, b: null, span: 0 },
    { a: 2, b: 1, span: 1 },
  ])
})

test('ids are kebab-case slugs, suffixed in order when repeated', () => {
  expect(slugify('Données stockées par « MFA »')).toBe('donnees-stockees-par-mfa')
  const ids = new IdRegistry()
  expect([
    ids.take('Event type', 'x'),
    ids.take('Event type', 'x'),
    ids.take('Event type 2', 'x'),
    ids.take('中文', 'column'),
  ]).toEqual(['event-type', 'event-type-2', 'event-type-2-2', 'column'])
})

test('readLearnText finds a callout for a label even where the English has none', () => {
  const text = swedishText.replace(
    'Den här informationen behålls i 90 dagar.',
    'Kommentar\nDen här informationen behålls i 90 dagar.',
  )
  const doc = readLearnText(text, { file: 'sv.txt', locale: 'sv', reference: english })
  expect(doc.blocks.filter((block) => block.kind === 'note').map((note) => note.line)).toEqual([
    15, 35, 56,
  ])
})
