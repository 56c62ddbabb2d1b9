import {
  atAGlance,
  type CloudAtAGlance,
  type Dataset,
  type LocationFact,
  type Quote,
  type StoreFact,
  type Term,
} from '@mfa-residency/dataset'
import type { Element, ElementContent } from 'hast'
import { h } from 'hastscript'
import { type SiteLocale, ui } from './i18n.js'
import { cloudFile } from './page-files.js'
import { renderCode, termName, termOf } from './render-terms.js'
import { renderSources } from './source-links.js'
import { translated } from './translated.js'

const text = (value: string): ElementContent => ({ type: 'text', value })

/**
 * One block per cloud, side by side where there is room: where its reports and logs are kept and
 * how long data is retained first (what people come for), then which stores hold what and where the
 * service runs. Every fact is the dataset's `atAGlance` and carries its source links; what the
 * article does not state is said in words.
 */
export function renderGlance(dataset: Dataset, locale: SiteLocale): Element {
  const t = ui[locale]
  return h('section.glance', { ariaLabelledby: 'clouds' }, [
    h('h2#clouds', t.glanceHeading),
    h(
      'div.glance-grid',
      atAGlance(dataset).map((entry) => cloudBlock(entry, dataset, locale)),
    ),
  ])
}

const blockId = (cloud: Term) => `glance-${cloud.id.replace(/^cloud\//, '')}`

function cloudBlock(entry: CloudAtAGlance, dataset: Dataset, locale: SiteLocale): Element {
  const t = ui[locale]
  const id = blockId(entry.cloud)
  const part = (heading: string, content: ElementContent[]) => [
    h('h4', heading),
    ...(content.length > 0 ? content : [notStated(locale)]),
  ]
  return h('article.cloud-glance', { id, ariaLabelledby: `${id}-name` }, [
    h('h3', { id: `${id}-name` }, [
      h('a', { href: cloudFile(entry.cloud) }, [entry.cloud.label[locale]]),
      ...renderCode(entry.cloud, locale),
    ]),
    ...part(t.locationsHeading, locations(entry, dataset, locale)),
    ...part(
      t.retentionHeading,
      listOf(
        entry.retention.map((fact) => [
          ...quote(fact.quote, dataset, locale),
          text(' '),
          h('code.term-code', { translate: 'no', title: t.isoDuration }, [fact.duration]),
          text(' '),
          ...renderSources(dataset, locale, fact.source),
        ]),
        '.retention',
      ),
    ),
    ...part(t.storesHeading, stores(entry.stores, dataset, locale)),
    ...part(
      t.datacentersHeading,
      listOf(
        entry.datacenters.map((fact) => [
          ...quote(fact.quote, dataset, locale),
          text(' '),
          ...renderSources(dataset, locale, fact.source),
        ]),
      ),
    ),
    h('p.more', [h('a', { href: cloudFile(entry.cloud) }, [t.cloudDetails])]),
  ])
}

const notStated = (locale: SiteLocale) => h('p.not-stated', ui[locale].notStated)

const listOf = (items: ElementContent[][], kind = ''): ElementContent[] =>
  items.length === 0
    ? []
    : [
        h(
          `ul.facts${kind}`,
          items.map((item) => h('li', item)),
        ),
      ]

const quote = (words: Quote, dataset: Dataset, locale: SiteLocale) =>
  translated(dataset, locale, words.path, words.text)

/** Each store the article locates, with its places (and codes) or "not stated" for this cloud. */
function locations(entry: CloudAtAGlance, dataset: Dataset, locale: SiteLocale): ElementContent[] {
  if (entry.locations.length === 0) return []
  return [
    h(
      'dl.locations',
      entry.locations.flatMap(({ store, facts }) => [
        h('dt', [store.label[locale]]),
        ...(facts.length === 0
          ? [h('dd', [notStated(locale)])]
          : facts.map((fact) => h('dd', location(fact, dataset, locale)))),
      ]),
    ),
  ]
}

function location(fact: LocationFact, dataset: Dataset, locale: SiteLocale): ElementContent[] {
  return [
    ...quote(fact.value, dataset, locale),
    ...renderCode(fact.location, locale),
    ...(fact.given === null
      ? []
      : [
          text(' '),
          h('span.given', [text('('), ...quote(fact.given, dataset, locale), text(')')]),
        ]),
    text(' '),
    ...renderSources(dataset, locale, fact.source),
  ]
}

/** The stores by table: a table's exclusions head its stores, so they are read together. */
function stores(
  facts: readonly StoreFact[],
  dataset: Dataset,
  locale: SiteLocale,
): ElementContent[] {
  const t = ui[locale]
  const tables = [...new Set(facts.map((fact) => fact.table))]
  return tables.flatMap((tableId) => {
    const table = dataset.tables.find((candidate) => candidate.id === tableId)
    const excluded = (table?.excludes ?? []).map((id) => termOf(dataset, id))
    const names = excluded
      .filter((term) => term !== undefined)
      .flatMap((term, index) => [...(index === 0 ? [] : [text(', ')]), ...termName(term, locale)])
    return [
      ...(names.length === 0
        ? []
        : [h('p.scope', [h('strong', [`${t.excludes}:`]), ' ', ...names])]),
      ...listOf(
        facts
          .filter((fact) => fact.table === tableId)
          .map((fact) => [
            h('strong', [
              fact.store.label[locale],
              ...fact.when.map((condition) => ` (${condition.label[locale]})`),
            ]),
            text(': '),
            ...fact.holds.flatMap((held, index) => [
              ...(index === 0 ? [] : [text(', ')]),
              ...quote(held, dataset, locale),
            ]),
            text(' '),
            ...renderSources(dataset, locale, fact.source),
          ]),
      ),
    ]
  })
}
