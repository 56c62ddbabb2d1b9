import type { Element, ElementContent, Root } from 'hast'
import { h } from 'hastscript'
import { type SiteLocale, siteLocales, ui } from './i18n.js'
import { articleFeedFile } from './page-files.js'

export interface Page {
  /** File name inside the locale folder, the same in every language: `index.html`. */
  file: string
  /** Which navigation entry is current. */
  nav:
    | 'overview'
    | 'article'
    | 'tables'
    | 'clouds'
    | 'listsAndNotes'
    | 'timeline'
    | 'changes'
    | 'about'
  title: string
  description: string
  body: ElementContent[]
  /** Atom feeds of this page's own changes, besides the whole article's (`feeds/…`). */
  feeds?: { file: string; title: string }[]
}

/** The whole article's feed in this language: every page offers it. */
export const articleFeed = (locale: SiteLocale) => ({
  file: articleFeedFile(locale),
  title: `${ui[locale].site}: ${ui[locale].articleChanges}`,
})

const navigation = [
  ['overview', 'index.html'],
  ['article', 'article.html'],
  ['tables', 'index.html#all-tables'],
  ['clouds', 'index.html#clouds'],
  ['listsAndNotes', 'lists.html'],
  ['timeline', 'timeline.html'],
  ['changes', 'changes.html'],
  ['about', 'about.html'],
] as const

/** The shell every page shares: language, alternates, navigation, language switch, attribution. */
export function layout(page: Page, locale: SiteLocale, footer: ElementContent[]): Root {
  const t = ui[locale]
  const other = siteLocales.find((candidate) => candidate !== locale)!
  const alternates = siteLocales.map((lang) =>
    h('link', { rel: 'alternate', hrefLang: lang, href: `../${lang}/${page.file}` }),
  )
  const nav: Element = h(
    'nav',
    { ariaLabel: t.nav },
    h(
      'ul',
      navigation.map(([key, href]) =>
        h(
          'li',
          h(
            'a',
            {
              href,
              ariaCurrent: page.nav !== key ? undefined : href === page.file ? 'page' : 'true',
            },
            t[key],
          ),
        ),
      ),
    ),
  )
  return {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: locale }, [
        h('head', [
          h('meta', { charSet: 'utf-8' }),
          h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
          h('title', `${page.title} · ${t.site}`),
          h('meta', { name: 'description', content: page.description }),
          ...alternates,
          h('link', { rel: 'alternate', hrefLang: 'x-default', href: `../en/${page.file}` }),
          ...[articleFeed(locale), ...(page.feeds ?? [])].map((feed) =>
            h('link', {
              rel: 'alternate',
              type: 'application/atom+xml',
              href: `../${feed.file}`,
              title: feed.title,
            }),
          ),
          h('link', { rel: 'stylesheet', href: '../assets/site.css' }),
          h('script', { src: '../assets/site.js', defer: true }),
        ]),
        h('body', [
          h('a.skip', { href: '#main' }, t.skip),
          h('header.site', [
            h('p.brand', h('a', { href: 'index.html' }, t.site)),
            nav,
            h(
              'p.language',
              h(
                'a',
                {
                  href: `../${other}/${page.file}`,
                  hrefLang: other,
                  lang: other,
                  rel: 'alternate',
                },
                // The other language's name, in that language: "Svenska" on an English page.
                t.otherLanguage,
              ),
            ),
          ]),
          h('main#main', page.body),
          h('footer.site', footer),
        ]),
      ]),
    ],
  }
}
