import { type Dimension, dimensions } from '@mfa-residency/dataset'
import { dimensionWords } from './dimension-words.js'
import type { MessageLocale } from './messages.js'

/*
 * What the command line accepts, as data: the parser, the help and the README's table read it.
 * Adding a command or an option is adding an entry here.
 */

export type Words = Record<MessageLocale, string>

export interface OptionSpec {
  /** The name after `--`, kebab-case. */
  name: string
  /** The placeholder of the value (`<term>`); none for a flag. */
  value?: string
  /** Other names for it: the Swedish name of a dimension (`--moln`). */
  aliases?: readonly string[]
  short?: string
  description: Words
  /** A dimension of `where()`: given once at most, which `readQuery` checks with its own message. */
  dimension?: boolean
  /** May be given more than once (`--scope`); every other option is a usage error the second time. */
  repeatable?: boolean
}

export interface CommandSpec {
  name: string
  args: readonly { name: string; required: boolean }[]
  summary: Words
  options: readonly OptionSpec[]
  examples: readonly string[]
}

export const globalOptions: readonly OptionSpec[] = [
  {
    name: 'lang',
    value: '<lang>',
    description: {
      en: 'en, sv or both (default: en, or sv when LC_ALL, LC_MESSAGES or LANG is Swedish)',
      sv: 'en, sv eller both (standard: en, eller sv när LC_ALL, LC_MESSAGES eller LANG är svenska)',
    },
  },
  {
    name: 'json',
    description: {
      en: 'Machine-readable output on stdout; [] when nothing matches',
      sv: 'Maskinläsbar utdata på stdout; [] när inget matchar',
    },
  },
  {
    name: 'no-color',
    description: {
      en: 'Plain output (NO_COLOR and FORCE_COLOR are honoured too)',
      sv: 'Utdata utan färg (NO_COLOR och FORCE_COLOR respekteras också)',
    },
  },
  {
    name: 'dataset',
    value: '<file>',
    description: {
      en: 'Read this dataset JSON file (schema version 2) instead of the bundled one',
      sv: 'Läs den här datamängdsfilen (JSON, schemaversion 2) i stället för den inbyggda',
    },
  },
  {
    name: 'history',
    value: '<file>',
    description: {
      en: 'Read this history JSON file (default: the bundled one, or history.json beside --dataset)',
      sv: 'Läs den här historikfilen (JSON; standard: den inbyggda, eller history.json bredvid --dataset)',
    },
  },
  { name: 'help', short: 'h', description: { en: 'Show help', sv: 'Visa hjälp' } },
  { name: 'version', short: 'v', description: { en: 'Show the version', sv: 'Visa versionen' } },
]

/** One option per dimension the dataset's `where()` knows, in its order. */
export const dimensionOptions: readonly OptionSpec[] = (Object.keys(dimensions) as Dimension[]).map(
  (dimension) => ({
    name: dimension,
    value: '<term>',
    dimension: true,
    aliases: [dimensionWords[dimension].sv],
    description: dimensionWords[dimension].description,
  }),
)

export const scopeOption: OptionSpec = {
  name: 'scope',
  value: '<text>',
  aliases: ['omfång'],
  repeatable: true,
  description: {
    en: 'only tables whose section or lead-in has these words; alone, every row of those tables',
    sv: 'bara tabeller vars avsnitt eller inledning har de här orden; ensam, alla rader i dem',
  },
}

/** The answer as the article stood on a day: from the history, with today's ids. */
export const asOfOption: OptionSpec = {
  name: 'as-of',
  value: '<YYYY-MM-DD>',
  description: {
    en: 'answer from the article as it stood on that day (its last version on or before it)',
    sv: 'svara ur artikeln som den såg ut den dagen (dess senaste version den dagen eller före)',
  },
}

const queryOptions = [...dimensionOptions, scopeOption, asOfOption]

const formatOption = (formats: string, en: string, sv: string): OptionSpec => ({
  name: 'format',
  value: '<format>',
  description: { en: `${formats} (default: ${en})`, sv: `${formats} (standard: ${sv})` },
})

export const EXPORT_FORMATS = ['json', 'csv', 'ndjson', 'md'] as const
export const DIFF_FORMATS = ['text', 'markdown', 'json'] as const

export const commands: readonly CommandSpec[] = [
  {
    name: 'tables',
    args: [],
    summary: {
      en: 'List the tables: ids, titles and row counts',
      sv: 'Lista tabellerna: id, titlar och antal rader',
    },
    options: [],
    examples: ['tables', 'tables --lang sv --json'],
  },
  {
    name: 'show',
    args: [{ name: 'table-id', required: true }],
    summary: {
      en: 'Render one table (by id or a former id), multi-value cells one value per line',
      sv: 'Visa en tabell (med id eller ett tidigare id), flervärdesceller ett värde per rad',
    },
    options: [asOfOption],
    examples: [
      'show multifactor-authentication-activity-reports-for-sovereign-clouds',
      'show data-stored-by-mfa-server --lang both',
      'show data-stored-by-mfa-server --as-of 2021-01-01',
    ],
  },
  {
    name: 'lists',
    args: [{ name: 'list-id', required: false }],
    summary: {
      en: 'Show the lists (data stores, organizational data pages…), or one',
      sv: 'Visa listorna (datalager, sidor med organisationsdata…), eller en av dem',
    },
    options: [],
    examples: [
      'lists --lang sv',
      'lists personal-data-stored-by-microsoft-entra-multifactor-authentication',
    ],
  },
  {
    name: 'notes',
    args: [{ name: 'note-id', required: false }],
    summary: {
      en: 'Show the notes and callouts, or one',
      sv: 'Visa anteckningarna och inforutorna, eller en av dem',
    },
    options: [],
    examples: ['notes --json', 'notes data-stored-by-mfa-server --lang sv'],
  },
  {
    name: 'search',
    args: [{ name: 'text', required: true }],
    summary: {
      en: 'Search all text in both languages: headings, lead-ins, paragraphs, tables, lists, notes (ignores case and accents)',
      sv: 'Sök i all text på båda språken: rubriker, inledningar, stycken, tabeller, listor, anteckningar (skiftläges- och accentokänsligt)',
    },
    options: [asOfOption],
    examples: [
      'search "Asia Pacific"',
      'search "90 dagar" --lang sv',
      'search kina --json',
      'search "Azure AD" --as-of 2023-01-01',
    ],
  },
  {
    name: 'where',
    args: [],
    summary: {
      en: 'Find rows by what they name: one term per dimension, in either language',
      sv: 'Hitta rader efter vad de nämner: en term per dimension, på något av språken',
    },
    options: queryOptions,
    examples: [
      'where --cloud AzureChinaCloud',
      'where --cloud 21Vianet --lang sv --json',
      'where --event "voice call" --cloud AzureUSGovernment',
      'where --händelse Röstsamtal --lang sv',
      'where --location CN',
      'where --component "cloud mfa" --json',
      'where --scope government',
      'where --event "voice call" --cloud AzureCloud --as-of 2024-01-01',
    ],
  },
  {
    name: 'stores',
    args: [],
    summary: {
      en: 'The data stores the matching rows name, each once, with their conditions (same options as where)',
      sv: 'Datalagren som de matchande raderna nämner, vart och ett en gång, med villkor (samma flaggor som where)',
    },
    options: queryOptions,
    examples: [
      'stores --event voice-call --cloud AzureUSGovernment',
      'stores --component "MFA Server" --lang sv',
      'stores --event "voice call" --json',
      'stores --event "voice call" --cloud AzureCloud --as-of 2024-01-01',
    ],
  },
  {
    name: 'terms',
    args: [],
    summary: {
      en: 'The vocabulary: every term the data links to, with its id, kind, code and label',
      sv: 'Vokabulären: varje term som datan länkar till, med id, typ, kod och etikett',
    },
    options: [
      {
        name: 'kind',
        value: '<kind>',
        description: {
          en: 'only terms of this kind: cloud, location, data-store, event-type…',
          sv: 'bara termer av den här typen: cloud, location, data-store, event-type…',
        },
      },
    ],
    examples: ['terms', 'terms --kind cloud --json', 'terms --kind location --lang sv'],
  },
  {
    name: 'export',
    args: [],
    summary: {
      en: 'Export the data: json (the dataset), csv or ndjson (one record per value), md',
      sv: 'Exportera datan: json (datamängden), csv eller ndjson (en post per värde), md',
    },
    options: [formatOption(EXPORT_FORMATS.join(', '), 'json', 'json')],
    examples: [
      'export --format csv --lang both > mfa-residency.csv',
      'export --format ndjson | jq .',
    ],
  },
  {
    name: 'diff',
    args: [
      { name: 'a', required: true },
      { name: 'b', required: true },
    ],
    summary: {
      en: 'Compare two dataset files (`current` is the bundled dataset or --dataset)',
      sv: 'Jämför två datamängdsfiler (`current` är den inbyggda datamängden eller --dataset)',
    },
    options: [formatOption(DIFF_FORMATS.join(', '), 'text', 'text')],
    examples: ['diff old/dataset.json current', 'diff a.json b.json --format markdown'],
  },
  {
    name: 'history',
    args: [{ name: 'path|term', required: false }],
    summary: {
      en: 'The article through time: one line per version, or one entity or term (by path, id or label) with its changes',
      sv: 'Artikeln över tid: en rad per version, eller en entitet eller term (med sökväg, id eller etikett) och dess ändringar',
    },
    options: [],
    examples: [
      'history',
      'history data-store/blocked-users',
      'history "blockerade användare" --lang sv',
      'history tables/data-stored-by-mfa-server --json',
    ],
  },
  {
    name: 'info',
    args: [],
    summary: {
      en: 'Dataset version, source titles, dates and links, translation gaps',
      sv: 'Datamängdens version, källornas titlar, datum och länkar, översättningsluckor',
    },
    options: [],
    examples: ['info', 'info --json'],
  },
]
