// Generates src/report.generated.ts from the report's JSON Schema, the source of truth.
// `--check` exits 1 when the committed types differ from what the schema gives.
import { readFile, rename, writeFile } from 'node:fs/promises'
import { compile } from 'json-schema-to-typescript'

const schemaUrl = new URL('../data/report.schema.json', import.meta.url)
const typesUrl = new URL('../src/report.generated.ts', import.meta.url)
const check = process.argv.includes('--check')

const schema = JSON.parse(await readFile(schemaUrl, 'utf8'))
const types = await compile(schema, 'Report', {
  bannerComment:
    '/* This file was generated from data/report.schema.json by scripts/generate-types.mjs.\n * DO NOT MODIFY BY HAND: edit the schema and run `pnpm --filter @mfa-residency/compare types`. */',
  additionalProperties: false,
  style: { singleQuote: true, semi: false, printWidth: 100 },
  unreachableDefinitions: true,
})

const current = await readFile(typesUrl, 'utf8').catch(() => null)
if (check) {
  if (current !== types) {
    console.error(
      'src/report.generated.ts is stale: run `pnpm --filter @mfa-residency/compare types`',
    )
    process.exit(1)
  }
  console.log('src/report.generated.ts matches data/report.schema.json')
} else if (current !== types) {
  const temp = new URL(`${typesUrl.href}.tmp`)
  await writeFile(temp, types)
  await rename(temp, typesUrl)
  console.log('wrote src/report.generated.ts')
}
