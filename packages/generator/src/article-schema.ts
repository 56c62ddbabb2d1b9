import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Ajv, ValidateFunction } from 'ajv'
import { precompiledValidator, runtimeAjv } from './precompiled-validator.js'
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
export function indexSchema(): Schema {
  return JSON.parse(
    readFileSync(
      fileURLToPath(import.meta.resolve('@mfa-residency/dataset/corpus-index.schema.json')),
      'utf8',
    ),
  )
}

// The source locale matches the translations' pattern too, on purpose: its value must pass both.
export const articleAjvOptions = { allErrors: true, strict: true, allowMatchingProperties: true }
let ajv: Ajv | undefined
const articleValidators = new Map<string, ValidateFunction>()
let indexValidator: ValidateFunction | undefined

function articleValidator(sourceLocale: string): ValidateFunction {
  const built = sourceLocale === 'en' ? precompiledValidator('article-validator-en') : null
  if (built) return built
  const datasetSchema = JSON.parse(readFileSync(schemaPath(), 'utf8')) as Schema
  return runtimeValidator(
    JSON.parse(JSON.stringify(deriveArticleSchema(datasetSchema, sourceLocale))),
  )
}

/** Compile `schema` now: the build precompiled none for it. */
function runtimeValidator(schema: Schema): ValidateFunction {
  ajv ??= runtimeAjv(articleAjvOptions)
  return ajv.compile(schema)
}

/** Check one article against the derived schema; throws with every violation listed. */
export async function assertValidArticle(
  value: unknown,
  sourceLocale: string,
  file: string,
): Promise<void> {
  let validate = articleValidators.get(sourceLocale)
  if (!validate) {
    validate = articleValidator(sourceLocale)
    articleValidators.set(sourceLocale, validate)
  }
  if (!validate(value)) {
    throw new Error(
      `${file} does not match the article schema:\n  ${describeErrors(validate.errors)}`,
    )
  }
}

/** Check a corpus index; throws with every violation listed. */
export async function assertValidIndex(value: unknown, file: string): Promise<void> {
  indexValidator ??=
    precompiledValidator('corpus-index-validator') ?? runtimeValidator(indexSchema())
  const validate = indexValidator
  if (!validate(value)) {
    throw new Error(
      `${file} does not match the index schema:\n  ${describeErrors(validate.errors)}`,
    )
  }
}
