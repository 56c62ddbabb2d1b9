/**
 * Where the site is published. Atom needs absolute URLs (a feed is read away from the site), so
 * the build takes one setting, `MFA_SITE_URL`, and every absolute URL is made from it.
 */
export const siteUrlVariable = 'MFA_SITE_URL'

/** The repository's GitHub Pages address, until the site is published elsewhere. */
export const defaultSiteUrl = 'https://mfa-residency.github.io/mfa-residency/'

/**
 * The setting as a base URL: absolute https, no user, query or fragment, ending in `/` so that
 * `new URL('en/timeline.html', base)` stays inside it. Anything else is refused, naming the setting.
 */
export function siteUrlFrom(value: string | undefined, setting = siteUrlVariable): string {
  if (value === undefined || value === '') return defaultSiteUrl
  const refuse = (why: string): never => {
    throw new Error(
      `${setting}: "${value}" ${why}: expected an absolute https URL such as ${defaultSiteUrl}`,
    )
  }
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return refuse('is not a URL')
  }
  if (url.protocol !== 'https:') refuse('is not https')
  if (url.username || url.password) refuse('carries a user name or password')
  if (url.search || url.hash || value.includes('#') || value.includes('?'))
    refuse('has a query or a fragment')
  if (!url.pathname.endsWith('/')) url.pathname = `${url.pathname}/`
  return url.href
}

/** A file of the site (`feeds/article.en.atom`) as an absolute URL. */
export const absoluteUrl = (siteUrl: string, file: string): string => new URL(file, siteUrl).href
