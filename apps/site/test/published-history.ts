import { history } from '@mfa-residency/dataset/history'
import { createHistory } from '@mfa-residency/dataset/history-queries'
import { defaultSiteUrl } from '../src/site-url.js'

/** What a site built in a test tells of the past, unless the test brings a history of its own. */
export const publishedHistory = { history: createHistory(history), siteUrl: defaultSiteUrl }
