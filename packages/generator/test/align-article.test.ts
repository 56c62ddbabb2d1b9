import { readGfm, readLearnText, SourceError } from '@mfa-residency/parser'
import { describe, expect, test } from 'vitest'
import { alignCurrent } from './align-current.js'
import { readEnglish, readSwedish, swedishText } from './seeds.js'

const english = readEnglish()
const align = (text = swedishText) => alignCurrent(english, readSwedish(text, english))

describe('alignArticle on the seeds', () => {
  const { body, translationGaps } = align()

  test('pairs every table, list and note, with no gaps', () => {
    expect(Object.keys(body.headings[0]!.text)).toEqual(['en', 'sv'])
    expect(body.tables.map((table) => table.id)).toEqual([
      'data-stored-by-microsoft-entra-multifactor-authentication',
      'data-stored-by-microsoft-entra-multifactor-authentication-2',
      'data-stored-by-mfa-server',
      'mfa-server-and-cloud-based-mfa',
      'multifactor-authentication-activity-reports-for-sovereign-clouds',
    ])
    expect(body.lists).toHaveLength(4)
    expect(body.notes.map((note) => note.id)).toEqual([
      'data-stored-by-mfa-server',
      'multifactor-authentication-activity-reports-for-public-cloud',
    ])
    expect(translationGaps).toEqual([])
  })

  test('pairs the title, every heading and every paragraph too', () => {
    expect(body.headings[0]!.text).toEqual({
      en: 'Data residency and customer data for Microsoft Entra multifactor authentication',
      sv: 'Datahemvist och kunddata för Microsoft Entra multifaktorautentisering',
    })
    expect(body.headings.at(-1)!.text).toEqual({ en: 'Next steps', sv: 'Nästa steg' })
    for (const entity of [...body.headings, ...body.paragraphs]) {
      expect(entity.text.sv).not.toBeNull()
      expect(entity.source.sv).not.toBeNull()
    }
  })

  test('splits every Swedish multi-value cell into as many values as the English', () => {
    for (const table of body.tables) {
      for (const row of table.rows) {
        for (const cell of Object.values(row.cells)) expect(cell.sv).toHaveLength(cell.en.length)
      }
    }
    const authenticator = body.tables[0]!.rows[3]!.cells['data-store-type']!
    expect(authenticator.sv).toEqual([
      'Loggar för multifaktorautentisering',
      'Rapportdatalager för multifaktorautentiseringsaktivitet',
      'Blockerade användare (om bedrägeri rapporterades)',
      'Ändra begäranden när Enhetstoken för Microsoft Authenticator ändras',
    ])
  })

  test('ties each Swedish value to its line and section', () => {
    const sovereign = body.tables[4]!
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
      source: { en: { line: 122, endLine: 122 }, sv: { line: 66, endLine: 66 } },
    })
    expect(sovereign.section.sv).toEqual([
      'Aktivitetsrapporter för multifaktorautentisering för nationella moln',
    ])
  })

  test('keeps values the Swedish page leaves untranslated as data', () => {
    expect(body.lists[2]!.items[2]!.text).toEqual({ en: 'Notifications', sv: 'Notifications' })
  })
})

describe('alignArticle when the Swedish does not fit', () => {
  const lines = swedishText.split('\n')

  test('a table removed from the Swedish is a gap, and everything else still aligns', () => {
    // Drop the sovereign clouds table (its header, delimiter and two rows).
    const text = [...lines.slice(0, 63), ...lines.slice(67)].join('\n')
    const { body, translationGaps } = align(text)
    expect(translationGaps).toEqual([
      {
        kind: 'missing',
        locale: 'sv',
        path: 'tables/multifactor-authentication-activity-reports-for-sovereign-clouds',
        reason: 'no sv translation',
        source: { en: { line: 120, endLine: 123 } },
      },
    ])
    const missing = body.tables[4]!
    expect(missing.rows[0]!.cells['sign-in-logs']).toEqual({ en: ['China'], sv: null })
    expect(body.tables[3]!.rows[0]!.source.sv).toEqual({ line: 60, endLine: 60 })
  })

  test('a row added to the Swedish is reported, and the English rows keep their counterparts', () => {
    const text = swedishText.replace(
      'Microsoft Government Cloud | USA | USA | USA |',
      'Microsoft Government Cloud | USA | USA | USA |\nExtramoln | Norge | Norge | Norge |',
    )
    const { body, translationGaps } = align(text)
    expect(translationGaps).toEqual([
      {
        kind: 'extra',
        locale: 'sv',
        path: 'tables/multifactor-authentication-activity-reports-for-sovereign-clouds/rows',
        reason: 'sv row has no en counterpart',
        text: ['Extramoln', 'Norge', 'Norge', 'Norge'],
        source: { sv: { line: 68, endLine: 68 } },
      },
    ])
    expect(body.tables[4]!.rows[1]!.cells['sign-in-logs']).toEqual({
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
      alignCurrent(source, target)
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
    expect(align(text).translationGaps).toEqual([
      {
        kind: 'missing',
        locale: 'sv',
        path: 'tables/mfa-server-and-cloud-based-mfa/rows/cloud-mfa/cells/activity-report-location',
        reason: 'cell is empty, expected 1 value',
        source: { en: { line: 114, endLine: 114 }, sv: { line: 61, endLine: 61 } },
      },
    ])
  })

  test('a list item missing from the Swedish leaves unsure items unpaired instead of mispaired', () => {
    const { body, translationGaps } = align(swedishText.replace('- Cachelagringsregler\n', ''))
    const items = body.lists[3]!.items
    // "Server settings" shares enough text with "Serverinställningar" to pair. "Caching rules" must
    // not take "Engångsförbikoppling" (One-time bypass): with nothing shared to go by, both are
    // reported and left null.
    expect(items.map((item) => item.text.sv)).toEqual([
      'Serverinställningar',
      null,
      null,
      'Multi-Factor Authentication Server-status',
    ])
    const list = 'lists/organizational-data-stored-by-microsoft-entra-multifactor-authentication-2'
    expect(translationGaps.map((gap) => [gap.kind, gap.path, gap.reason, gap.text])).toEqual([
      ['missing', `${list}/items/one-time-bypass`, 'no sv translation', undefined],
      ['missing', `${list}/items/caching-rules`, 'no sv translation', undefined],
      ['extra', `${list}/items`, 'sv item has no en counterpart', 'Engångsförbikoppling'],
    ])
  })
})
