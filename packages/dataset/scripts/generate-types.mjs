// Generates src/types.generated.ts from data/dataset.schema.json; `--check` fails when they drift.
import { compile } from 'json-schema-to-typescript'
import { schemaTypes } from '../../../scripts/schema-types.mjs'

await schemaTypes({
  compile,
  schema: new URL('../data/dataset.schema.json', import.meta.url),
  types: new URL('../src/types.generated.ts', import.meta.url),
  name: 'Dataset',
  packageName: '@mfa-residency/dataset',
  check: process.argv.includes('--check'),
})
