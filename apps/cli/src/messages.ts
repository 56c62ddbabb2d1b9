/*
 * Everything the CLI says in its own words, in English and Swedish: errors, labels and help.
 * The data's text is the dataset's; these are the words around it. The Swedish is typed by the
 * English, so a message added in one language and not the other fails the type check.
 */

import { historyEn, historySv } from './history-messages.js'

export type MessageLocale = 'en' | 'sv'

const q = (text: string) => `"${text}"`

export type EntityKind = 'table' | 'list' | 'note'

/** The command that shows each kind of entity. */
const otherCommand: Record<EntityKind, string> = { table: 'show', list: 'lists', note: 'notes' }

export const en = {
  usageHint: 'Run `mfa-residency --help` for usage.',
  commandHelpHint: (command: string) => `Run \`mfa-residency ${command} --help\` for usage.`,
  didYouMean: (guess: string) => `; did you mean ${guess}?`,
  unknownCommand: (name: string) => `unknown command ${q(name)}`,
  unknownOption: (name: string) => `unknown option ${name}`,
  unknownOptionFor: (name: string, command: string) => `${command} has no option ${name}`,
  needsValue: (name: string) => `${name} needs a value`,
  noValue: (name: string) => `${name} takes no value`,
  givenTwice: (name: string) => `${name} is given twice`,
  missingArgument: (command: string, argument: string) => `${command} needs ${argument}`,
  unexpectedArgument: (argument: string) => `unexpected argument ${q(argument)}`,
  conflicting: (a: string, b: string) => `${a} and ${b} contradict each other: give one`,
  badLang: (value: string) => `--lang must be en, sv or both, not ${q(value)}`,
  datasetNeedsFile: '--dataset needs one file name',
  cannotRead: (file: string, reason: string) => `cannot read ${file}: ${reason}`,
  notADataset: (file: string, problem: string) =>
    `${file} is not an @mfa-residency/dataset file (schema version 2): ${problem}`,
  cannotCompare: (a: string, b: string, reason: string) =>
    `cannot compare ${a} with ${b}: ${reason}`,
  badFormat: (formats: readonly string[], value: string) =>
    `--format must be one of ${formats.join(', ')}, not ${q(value)}`,
  badKind: (kinds: readonly string[], value: string) =>
    `--kind must be one of ${kinds.join(', ')}, not ${q(value)}`,
  unknownEntity: (what: EntityKind, id: string) => `unknown ${what} ${q(id)}`,
  listsThem: (command: string) => ` (\`mfa-residency ${command}\` lists them)`,
  isOtherKind: (id: string, what: EntityKind) =>
    `${q(id)} is a ${what}: try \`mfa-residency ${otherCommand[what]} ${id}\``,
  searchNeedsText: 'search needs some text to look for',
  nothingMatches: (query: string) => `nothing matches ${q(query)} in either language`,
  noRowMatches: (query: string) => `no row matches ${query}`,
  noStoreInRow: (query: string) => `the row that matches ${query} names no data store as a value`,
  noStoreInRows: (count: number, query: string) =>
    `the ${count} rows that match ${query} name no data store as a value`,
  theQuery: 'the query',
  and: ' and ',
  within: (scope: string) => ` within --scope ${scope}`,
  unknownDimension: (name: string) => `unknown dimension ${name}`,
  dimensionsAre: (names: string) =>
    ` Dimensions: ${names}; --scope <text> narrows to tables by their words.`,
  dimensionTwice: (name: string) => `${name} is given twice; a row answers one term per dimension`,
  needsQuery: (names: string) =>
    `give a dimension and a term, or --scope <text>. Dimensions: ${names}.`,
  noTermCalled: (kind: string, value: string) => `no ${kind} is called ${q(value)}`,
  isOtherDimension: (value: string, kind: string, option: string) =>
    `${q(value)} is a ${kind}: did you mean ${option} ${q(value)}?`,
  noTermOfKind: (kind: string) => `the dataset has no ${kind} at all`,
  termsOfKind: (kind: string) => ` (\`mfa-residency terms --kind ${kind}\` lists them)`,
  source: 'source',
  line: (line: number) => `line ${line}`,
  noCounterpart: (locale: string) => `no ${locale} counterpart`,
  introduction: '(introduction)',
  retired: ' (retired)',
  missingTranslation: '(missing translation)',
  missingTranslationOf: (english: string) => `(missing translation of “${english}”)`,
  stale: 'stale',
  translates: (english: string) => `translates “${english}”`,
  headers: { id: 'id', title: 'title', rows: 'rows', code: 'code', label: 'label' },
  counts: (counts: Record<string, number>) =>
    Object.entries(counts)
      .map(([name, count]) => `${count} ${name}`)
      .join(', '),
  untitled: '(untitled)',
  notGiven: 'not given',
  noGaps: 'translation gaps: none, every Swedish value has its English counterpart',
  gaps: (counts: Record<string, number>) =>
    `translation gaps: ${Object.entries(counts)
      .map(([kind, count]) => `${count} ${kind}`)
      .join(', ')}`,
  licence: 'Data: Microsoft Learn, © Microsoft, CC BY 4.0.',
  markdownSource: 'Source: Microsoft Learn, CC BY 4.0.',
  history: historyEn,
  help: {
    usage: 'Usage',
    commands: 'Commands',
    options: 'Options',
    globalOptions: 'Options for every command',
    dimensions: 'Dimensions (each a term by id, code, label or alias, in English or Swedish)',
    examples: 'Examples',
    alias: (names: string) => ` (also ${names})`,
    more: 'Run `mfa-residency <command> --help` for a command’s options and examples.',
  },
}

export type Messages = typeof en

const entityName: Record<EntityKind, string> = {
  table: 'tabell',
  list: 'lista',
  note: 'anteckning',
}

export const sv: Messages = {
  usageHint: 'Kör `mfa-residency --help` för att se hur kommandot används.',
  commandHelpHint: (command) =>
    `Kör \`mfa-residency ${command} --help\` för att se hur kommandot används.`,
  didYouMean: (guess) => `; menade du ${guess}?`,
  unknownCommand: (name) => `okänt kommando ${q(name)}`,
  unknownOption: (name) => `okänd flagga ${name}`,
  unknownOptionFor: (name, command) => `${command} har ingen flagga ${name}`,
  needsValue: (name) => `${name} behöver ett värde`,
  noValue: (name) => `${name} tar inget värde`,
  givenTwice: (name) => `${name} anges två gånger`,
  missingArgument: (command, argument) => `${command} behöver ${argument}`,
  unexpectedArgument: (argument) => `oväntat argument ${q(argument)}`,
  conflicting: (a, b) => `${a} och ${b} motsäger varandra: ange en av dem`,
  badLang: (value) => `--lang måste vara en, sv eller both, inte ${q(value)}`,
  datasetNeedsFile: '--dataset behöver ett filnamn',
  cannotRead: (file, reason) => `kan inte läsa ${file}: ${reason}`,
  notADataset: (file, problem) =>
    `${file} är ingen @mfa-residency/dataset-fil (schemaversion 2): ${problem}`,
  cannotCompare: (a, b, reason) => `kan inte jämföra ${a} med ${b}: ${reason}`,
  badFormat: (formats, value) =>
    `--format måste vara en av ${formats.join(', ')}, inte ${q(value)}`,
  badKind: (kinds, value) => `--kind måste vara en av ${kinds.join(', ')}, inte ${q(value)}`,
  unknownEntity: (what, id) => `okänd ${entityName[what]} ${q(id)}`,
  listsThem: (command) => ` (\`mfa-residency ${command}\` listar dem)`,
  isOtherKind: (id, what) =>
    `${q(id)} är en ${entityName[what]}: prova \`mfa-residency ${otherCommand[what]} ${id}\``,
  searchNeedsText: 'search behöver en text att söka efter',
  nothingMatches: (query) => `inget matchar ${q(query)} på något av språken`,
  noRowMatches: (query) => `ingen rad matchar ${query}`,
  noStoreInRow: (query) => `raden som matchar ${query} nämner inget datalager som värde`,
  noStoreInRows: (count, query) => `de ${count} rader som matchar ${query} nämner inget datalager`,
  theQuery: 'frågan',
  and: ' och ',
  within: (scope) => ` inom --scope ${scope}`,
  unknownDimension: (name) => `okänd dimension ${name}`,
  dimensionsAre: (names) =>
    ` Dimensioner: ${names}; --scope <text> begränsar till tabeller med de orden.`,
  dimensionTwice: (name) => `${name} anges två gånger; en rad svarar på en term per dimension`,
  needsQuery: (names) =>
    `ange en dimension och en term, eller --scope <text>. Dimensioner: ${names}.`,
  noTermCalled: (kind, value) => `ingen term av typen ${kind} heter ${q(value)}`,
  isOtherDimension: (value, kind, option) =>
    `${q(value)} är av typen ${kind}: menade du ${option} ${q(value)}?`,
  noTermOfKind: (kind) => `datamängden har inga termer av typen ${kind}`,
  termsOfKind: (kind) => ` (\`mfa-residency terms --kind ${kind}\` listar dem)`,
  source: 'källa',
  line: (line) => `rad ${line}`,
  noCounterpart: (locale) => `ingen motsvarighet på ${locale}`,
  introduction: '(inledning)',
  retired: ' (utgången)',
  missingTranslation: '(översättning saknas)',
  missingTranslationOf: (english) => `(översättning saknas av “${english}”)`,
  stale: 'inaktuell',
  translates: (english) => `översätter “${english}”`,
  headers: { id: 'id', title: 'titel', rows: 'rader', code: 'kod', label: 'etikett' },
  counts: (counts) => {
    const names: Record<string, string> = {
      headings: 'rubriker',
      paragraphs: 'stycken',
      tables: 'tabeller',
      lists: 'listor',
      notes: 'anteckningar',
    }
    return Object.entries(counts)
      .map(([name, count]) => `${count} ${names[name] ?? name}`)
      .join(', ')
  },
  untitled: '(utan titel)',
  notGiven: 'saknas',
  noGaps: 'översättningsluckor: inga, varje svenskt värde har sin engelska motsvarighet',
  gaps: (counts) => {
    const names: Record<string, string> = { missing: 'saknas', stale: 'inaktuella', extra: 'extra' }
    return `översättningsluckor: ${Object.entries(counts)
      .map(([kind, count]) => `${count} ${names[kind] ?? kind}`)
      .join(', ')}`
  },
  licence: 'Data: Microsoft Learn, © Microsoft, CC BY 4.0.',
  markdownSource: 'Källa: Microsoft Learn, CC BY 4.0.',
  history: historySv,
  help: {
    usage: 'Användning',
    commands: 'Kommandon',
    options: 'Flaggor',
    globalOptions: 'Flaggor för alla kommandon',
    dimensions:
      'Dimensioner (var och en en term med id, kod, etikett eller alias, på engelska eller svenska)',
    examples: 'Exempel',
    alias: (names) => ` (även ${names})`,
    more: 'Kör `mfa-residency <kommando> --help` för ett kommandos flaggor och exempel.',
  },
}

/** A Swedish locale: `sv`, `sv_SE.UTF-8`, `sv-FI`. */
export const isSwedish = (value: string | undefined) => /^sv([_.@-]|$)/i.test(value ?? '')

/** The locale the environment asks messages in: LC_ALL, then LC_MESSAGES, then LANG (POSIX order). */
export function environmentLocale(env: NodeJS.ProcessEnv): MessageLocale {
  return isSwedish(env.LC_ALL || env.LC_MESSAGES || env.LANG) ? 'sv' : 'en'
}

export const messagesIn = (locale: MessageLocale): Messages => (locale === 'sv' ? sv : en)
