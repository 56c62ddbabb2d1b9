// Generates the TypeScript types of each schema in data/ (the dataset, a corpus's index, and the
// article's history);
// `--check` fails when they drift.
import { compile } from 'json-schema-to-typescript'
import { schemaTypes } from '../../../scripts/schema-types.mjs'

const check = process.argv.includes('--check')
for (const [schema, types, name] of [
  ['dataset.schema.json', 'types.generated.ts', 'Dataset'],
  ['corpus-index.schema.json', 'corpus-index.generated.ts', 'CorpusIndex'],
  ['history.schema.json', 'history.generated.ts', 'History'],
]) {
  await schemaTypes({
    compile,
    schema: new URL(`../data/${schema}`, import.meta.url),
    types: new URL(`../src/${types}`, import.meta.url),
    name,
    packageName: '@mfa-residency/dataset',
    check,
  })
}
