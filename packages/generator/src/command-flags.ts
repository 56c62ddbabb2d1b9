import type { ParseArgsConfig } from 'node:util'
import type { parseCommandLine } from '@mfa-residency/repository'
import { MANIFEST_PATH } from '@mfa-residency/repository'

// The command line of mfa-residency-generate: its help text and its flags, for both modes.

export const usage = `Usage: mfa-residency-generate [--check] [--root <dir>] [--out <file>] [--translation-base <locale>=<file>]
       mfa-residency-generate --docs <dir> --out-dir <dir> [--check] [--jobs <n>] [--no-cache]

Regenerate the dataset from docs-source/ and report what changed.

  --check            write nothing; exit 1 when the output is stale
  --root <dir>       repository root (default: the nearest folder above with ${MANIFEST_PATH})
  --out <file>       where the dataset goes (default: @mfa-residency/dataset's data/dataset.json)
  --translation-base <locale>=<file>
                     the English version that locale's document translates (repeatable); by
                     default an unchanged translation keeps the base it had in the current output
  --help             show this help

Corpus mode: every article under a folder laid out as <locale>/<article>.md|.txt|.html, written as
<out-dir>/articles/<article>.<hash>.json (the dataset's v1 shape, any locales) plus <out-dir>/index.json.

  --docs <dir>       the folder of locale folders (its manifest.json, if any, names the source locale)
  --out-dir <dir>    where the corpus dataset goes
  --jobs <n>         worker processes (default: one per CPU, when there are enough articles)
  --source-locale <locale>  the locale translations are aligned to (default: en)
  --cache-dir <dir>  the extraction cache (default: node_modules/.cache/mfa-residency)
  --no-cache         parse every article, and keep no cache`

export const flags = {
  check: { type: 'boolean' },
  root: { type: 'string' },
  out: { type: 'string' },
  docs: { type: 'string' },
  'out-dir': { type: 'string' },
  jobs: { type: 'string' },
  'source-locale': { type: 'string' },
  'cache-dir': { type: 'string' },
  'no-cache': { type: 'boolean' },
  'translation-base': { type: 'string', multiple: true },
} satisfies NonNullable<ParseArgsConfig['options']>

export type Values = Extract<
  ReturnType<typeof parseCommandLine<typeof flags>>,
  { values: unknown }
>['values']
