import type { Report } from '@mfa-residency/diff'
import { groupChanges } from '@mfa-residency/diff'
import type { ElementContent } from 'hast'
import { h } from 'hastscript'
import { type SiteLocale, ui } from '../i18n.js'
import type { Page } from '../layout.js'
import { dataTable } from '../render-data.js'

const shown = (value: string | string[] | null | undefined): ElementContent[] => {
  if (value === undefined || value === null) return []
  if (!Array.isArray(value)) return [{ type: 'text', value }]
  return [
    h(
      'ul.values',
      value.map((item) => h('li', item)),
    ),
  ]
}

/** The diff writes its summaries in English; on other pages they say so (lang="en"). */
export function changesPage(report: Report, locale: SiteLocale): Page {
  const t = ui[locale]
  const body: ElementContent[] = [h('h1', t.changes), h('p.lead', t.changesIntro)]
  if (report.changes.length === 0) {
    body.push(h('p.no-changes', t.noChanges))
  } else {
    body.push(
      h('p', [
        h('strong', `${t.bump}: ${report.bump}`),
        ` · ${report.counts.data} data · ${report.counts.cosmetic} cosmetic · ${report.counts['translation-drift']} translation drift`,
      ]),
    )
    for (const [index, group] of groupChanges(report.changes).entries()) {
      body.push(
        h('h2', group.key.includes('/') ? group.key : group.title),
        dataTable(
          `changes-${index}`,
          group.title,
          [
            [{ type: 'text', value: t.change }],
            [{ type: 'text', value: t.level }],
            [{ type: 'text', value: t.before }],
            [{ type: 'text', value: t.after }],
          ],
          group.changes.map((change) => [
            [
              locale === 'en'
                ? { type: 'text', value: change.summary }
                : h('span', { lang: 'en' }, change.summary),
            ],
            [{ type: 'text', value: change.level }],
            shown(change.before),
            shown(change.after),
          ]),
          { filterable: true },
        ),
      )
    }
  }
  return {
    file: 'changes.html',
    nav: 'changes',
    title: t.changes,
    description: t.changesIntro,
    body,
  }
}
