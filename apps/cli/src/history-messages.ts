/*
 * The CLI's words about the article through time (`history`, `--as-of`, the notes on what an
 * answer lost or when it changed), in English and Swedish; the Swedish is typed by the English.
 */

const q = (text: string) => `"${text}"`

export type ChangeKind = 'added' | 'changed' | 'removed'

export const historyEn = {
  badDate: (value: string) =>
    `--as-of ${q(value)} is not a date: expected YYYY-MM-DD, such as 2024-01-01`,
  beforeFirst: (date: string, first: string) =>
    `--as-of ${date} is before the article's first version (${first}); its history starts there`,
  noHistoryFor: (file: string, needs: string) =>
    `${needs} needs the history of ${file}: pass --history <file> (\`pnpm docs:history generate\` writes one beside the dataset)`,
  notAHistory: (file: string, problem: string) =>
    `${file} is not an @mfa-residency/dataset history file (schema version 1): ${problem}`,
  notOfDataset: (file: string, locale: string) =>
    `${file} is not the history of this dataset: its last ${locale} version is not the document the dataset was made from`,
  commit: (short: string) => `commit ${short}`,
  commitUnknown: 'commit unknown',
  commitPresumed: 'commit presumed',
  on: (kind: ChangeKind, date: string, commit: string) => `${kind} on ${date} (${commit})`,
  asOf: (date: string, key: string, commit: string) =>
    `as of ${date}: the article's version ${key} (${commit})`,
  noLongerListed: 'no longer listed:',
  noLongerAnswers: 'no longer in this answer:',
  levels: { major: 'major', minor: 'minor', patch: 'patch', none: 'no level' } as Record<
    string,
    string
  >,
  noChanges: 'no changes',
  firstVersion: 'first version',
  kinds: { added: 'added', changed: 'changed', removed: 'removed' } as Record<ChangeKind, string>,
  firstSeen: 'first seen',
  lastSeen: 'last seen',
  current: 'in today’s article',
  notCurrent: 'not in today’s article',
  nothingByThat: (name: string) =>
    `the history knows no path or term ${q(name)} (a path is tables/<id>/…, a term data-store/<id> or its label)`,
  wasInArticle: (query: string, date: string) => `${q(query)} was last in the article on ${date}`,
}

export type HistoryMessages = typeof historyEn

const kindsSv: Record<ChangeKind, string> = {
  added: 'tillagd',
  changed: 'ändrad',
  removed: 'borttagen',
}

export const historySv: HistoryMessages = {
  badDate: (value) =>
    `--as-of ${q(value)} är inget datum: ange ÅÅÅÅ-MM-DD, till exempel 2024-01-01`,
  beforeFirst: (date, first) =>
    `--as-of ${date} är före artikelns första version (${first}); historiken börjar där`,
  noHistoryFor: (file, needs) =>
    `${needs} behöver historiken för ${file}: ange --history <fil> (\`pnpm docs:history generate\` skriver en bredvid datamängden)`,
  notAHistory: (file, problem) =>
    `${file} är ingen historikfil för @mfa-residency/dataset (schemaversion 1): ${problem}`,
  notOfDataset: (file, locale) =>
    `${file} är inte historiken för den här datamängden: dess senaste version på ${locale} är inte dokumentet som datamängden gjordes av`,
  commit: (short) => `commit ${short}`,
  commitUnknown: 'commit okänd',
  commitPresumed: 'commit antagen',
  on: (kind, date, commit) => `${kindsSv[kind]} ${date} (${commit})`,
  asOf: (date, key, commit) => `per ${date}: artikelns version ${key} (${commit})`,
  noLongerListed: 'finns inte längre med:',
  noLongerAnswers: 'inte längre med i svaret:',
  levels: { major: 'major', minor: 'minor', patch: 'patch', none: 'ingen nivå' },
  noChanges: 'inga ändringar',
  firstVersion: 'första versionen',
  kinds: kindsSv,
  firstSeen: 'först sedd',
  lastSeen: 'senast sedd',
  current: 'i dagens artikel',
  notCurrent: 'inte i dagens artikel',
  nothingByThat: (name) =>
    `historiken känner ingen sökväg eller term ${q(name)} (en sökväg är tables/<id>/…, en term data-store/<id> eller dess etikett)`,
  wasInArticle: (query, date) => `${q(query)} fanns senast i artikeln ${date}`,
}
