// Generates src/types.generated.ts from the JSON Schema, the source of truth.
// `--check` exits 1 when the committed types differ from what the schema gives.
import { readFile, rename, writeFile } from 'node:fs/promises'
import { compile } from 'json-schema-to-typescript'

const schemaUrl = new URL('../data/dataset.schema.json', import.meta.url)
const typesUrl = new URL('../src/types.generated.ts', import.meta.url)
const check = process.argv.includes('--check')

const schema = JSON.parse(await readFile(schemaUrl, 'utf8'))
const types = await compile(schema, 'Dataset', {
  bannerComment:
    '/* This file was generated from data/dataset.schema.json by scripts/generate-types.mjs.\n * DO NOT MODIFY BY HAND: edit the schema and run `pnpm --filter @mfa-residency/dataset types`. */',
  additionalProperties: false,
  style: { singleQuote: true, semi: false, printWidth: 100 },
  unreachableDefinitions: true,
})

const current = await readFile(typesUrl, 'utf8').catch(() => null)
if (check) {
  if (current !== types) {
    console.error(
      'src/types.generated.ts is stale: run `pnpm --filter @mfa-residency/dataset types`',
    )
    process.exit(1)
  }
  console.log('src/types.generated.ts matches data/dataset.schema.json')
} else if (current !== types) {
  const temp = new URL(`${typesUrl.href}.tmp`)
  await writeFile(temp, types)
  await rename(temp, typesUrl)
  console.log('wrote src/types.generated.ts')
}
