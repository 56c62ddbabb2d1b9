import type { Dataset, Term } from '@mfa-residency/dataset'

/** Every page's file name inside its locale folder, the same in every language. */
export const tableFile = (id: string) => `table-${id}.html`

/** `cloud/azure-china` → `cloud-azure-china.html`. */
export const cloudFile = (term: Pick<Term, 'id'>) => `cloud-${term.id.replace(/^cloud\//, '')}.html`

/** The clouds that get a page: every cloud the dataset's vocabulary holds, in its order. */
export const clouds = (dataset: Dataset): Term[] =>
  dataset.terms.filter((term) => term.kind === 'cloud')

/** The versions of the article, newest first. */
export const timelineFile = 'timeline.html'

/** The Atom feeds, one per language: the whole article's, and each table's. */
export const articleFeedFile = (locale: string) => `feeds/article.${locale}.atom`
export const tableFeedFile = (id: string, locale: string) => `feeds/table-${id}.${locale}.atom`
