import type { Dataset } from '@mfa-residency/dataset'

/**
 * The TypeScript module of the dataset's ids as literal unions, so that `getTable('tabels-…')`
 * fails to compile. Written by `pnpm generate` beside dataset.json and checked by `--check`.
 */
export function idTypesModule(dataset: Dataset): string {
  const union = (name: string, what: string, ids: readonly string[]) => {
    const members = [...new Set(ids)].sort().map((id) => `  | '${id}'`)
    return `/** ${what} */\nexport type ${name} =\n${members.join('\n') || '  never'}\n`
  }
  return [
    '/* This file was generated from data/dataset.json by `pnpm generate`. DO NOT MODIFY BY HAND. */\n',
    union('TableId', 'Every table id and alias in the dataset.', dataset.tables.flatMap(idsOf)),
    union('ListId', 'Every list id and alias in the dataset.', dataset.lists.flatMap(idsOf)),
    union(
      'TermId',
      'Every vocabulary term the dataset links to.',
      dataset.terms.map((term) => term.id),
    ),
  ].join('\n')
}

const idsOf = (entity: { id: string; aliases?: readonly string[] }) => [
  entity.id,
  ...(entity.aliases ?? []),
]
