// Generates a package's TypeScript types from its JSON Schema, the source of truth, for
// packages/*/scripts/generate-types.mjs. `--check` exits 1 when the committed types differ.
import { readFile, rename, writeFile } from 'node:fs/promises'

/**
 * `compile` is json-schema-to-typescript's, passed in: each package depends on it, the root does not.
 * @param {{ compile: Function, schema: URL, types: URL, name: string, packageName: string, check: boolean }} options
 */
export async function schemaTypes({ compile, schema, types, name, packageName, check }) {
  const schemaFile = schema.pathname.split('/').slice(-2).join('/')
  const typesFile = types.pathname.split('/').slice(-2).join('/')
  const compiled = await compile(JSON.parse(await readFile(schema, 'utf8')), name, {
    bannerComment: `/* This file was generated from ${schemaFile} by scripts/generate-types.mjs.\n * DO NOT MODIFY BY HAND: edit the schema and run \`pnpm --filter ${packageName} types\`. */`,
    additionalProperties: false,
    style: { singleQuote: true, semi: false, printWidth: 100 },
    unreachableDefinitions: true,
  })
  const current = await readFile(types, 'utf8').catch(() => null)
  if (check) {
    if (current !== compiled) {
      console.error(`${typesFile} is stale: run \`pnpm --filter ${packageName} types\``)
      process.exit(1)
    }
    console.log(`${typesFile} matches ${schemaFile}`)
  } else if (current !== compiled) {
    const temp = new URL(`${types.href}.tmp`)
    await writeFile(temp, compiled)
    await rename(temp, types)
    console.log(`wrote ${typesFile}`)
  }
}
