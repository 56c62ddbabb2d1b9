// Generates src/report.generated.ts from data/report.schema.json; `--check` fails when they drift.
import { compile } from 'json-schema-to-typescript'
import { schemaTypes } from '../../../scripts/schema-types.mjs'

await schemaTypes({
  compile,
  schema: new URL('../data/report.schema.json', import.meta.url),
  types: new URL('../src/report.generated.ts', import.meta.url),
  name: 'Report',
  packageName: '@mfa-residency/compare',
  check: process.argv.includes('--check'),
})
