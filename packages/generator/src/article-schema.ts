import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Ajv, type ValidateFunction } from 'ajv'
import { describeErrors, schemaPath } from './validate-dataset.js'

type Schema = { [key: string]: unknown }

const localeTag = '^[a-z]{2,3}(-[a-z0-9]{2,8})*$'

/**
 * The schema of one corpus article, derived from the published dataset schema so the two cannot
 * drift: the same shape, with the fixed `en` + `sv` pair opened to any source locale and any number
 * of translations. Every `{ en, sv }` object becomes `{ [source]: <en's schema> }` plus
 * translations under `patternProperties` with `sv`'s (nullable) schema.
 */
export function deriveArticleSchema(datasetSchema: Schema, sourceLocale: string): Schema {
  const open = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(open)
    if (typeof node !== 'object' || node === null) return node
    const schema = Object.fromEntries(
      Object.entries(node).map(([key, value]) => [key, open(value)]),
    )
    const properties = schema.properties as Schema | undefined
    if (properties && 'en' in properties && 'sv' in properties) {
      const { en, sv, ...rest } = properties
      const required = (schema.required as string[] | undefined) ?? []
      const others = required.filter((name) => name !== 'en' && name !== 'sv')
      return {
        ...schema,
        required: required.includes('en') ? [sourceLocale, ...others] : others,
        properties: { [sourceLocale]: en, ...rest },
        patternProperties: { [localeTag]: sv },
      }
    }
    return schema
  }
  const article = open(datasetSchema) as Schema
  const definitions = article.definitions as Schema
  const properties = article.properties as Schema
  return {
    ...article,
    $id: undefined,
    title: 'Article',
    description: `One article of a corpus: the dataset's shape with any locales, ${sourceLocale} first.`,
    properties: {
      ...properties,
      locales: { ...(properties.locales as Schema), maxItems: undefined, minItems: 1 },
    },
    definitions: { ...definitions, locale: { type: 'string', pattern: localeTag } },
  }
}

/** A corpus index's schema: the dataset package owns it, with its generated types. */
export const indexSchema: Schema = JSON.parse(
  readFileSync(
    fileURLToPath(import.meta.resolve('@mfa-residency/dataset/corpus-index.schema.json')),
    'utf8',
  ),
)

// The source locale matches the translations' pattern too, on purpose: its value must pass both.
export const articleAjvOptions = { allErrors: true, strict: true, allowMatchingProperties: true }
const ajv = new Ajv(articleAjvOptions)
const articleValidators = new Map<string, Promise<ValidateFunction>>()
let indexValidator: Promise<ValidateFunction> | undefined

/** The build's precompiled validator (scripts/compile-validator.mjs), or `null` outside a build. */
async function precompiled(name: string): Promise<ValidateFunction | null> {
  const file = new URL(`./${name}`, import.meta.url)
  return existsSync(file) ? ((await import(file.href)).default as ValidateFunction) : null
}

async function articleValidator(sourceLocale: string): Promise<ValidateFunction> {
  const built = sourceLocale === 'en' ? await precompiled('article-validator-en.js') : null
  if (built) return built
  const datasetSchema = JSON.parse(readFileSync(schemaPath, 'utf8')) as Schema
  return ajv.compile(JSON.parse(JSON.stringify(deriveArticleSchema(datasetSchema, sourceLocale))))
}

/** Check one article against the derived schema; throws with every violation listed. */
export async function assertValidArticle(
  value: unknown,
  sourceLocale: string,
  file: string,
): Promise<void> {
  let validator = articleValidators.get(sourceLocale)
  if (!validator) {
    validator = articleValidator(sourceLocale)
    articleValidators.set(sourceLocale, validator)
  }
  const validate = await validator
  if (!validate(value)) {
    throw new Error(
      `${file} does not match the article schema:\n  ${describeErrors(validate.errors)}`,
    )
  }
}

/** Check a corpus index; throws with every violation listed. */
export async function assertValidIndex(value: unknown, file: string): Promise<void> {
  indexValidator ??= precompiled('corpus-index-validator.js').then(
    (built) => built ?? ajv.compile(indexSchema),
  )
  const validate = await indexValidator
  if (!validate(value)) {
    throw new Error(
      `${file} does not match the index schema:\n  ${describeErrors(validate.errors)}`,
    )
  }
}
