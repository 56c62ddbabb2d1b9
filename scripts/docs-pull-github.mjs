// The GitHub side of the scheduled docs update (scripts/docs-pull-update.mjs): one pull request
// from the update branch, found by its head branch and updated in place, through the REST API with
// fetch. The API's base URL comes from GITHUB_API_URL (GitHub Enterprise, or a loopback server in
// the tests), and the token never appears in a message.

/** A REST client for one repository: `request(method, path, body)` → parsed JSON. */
export function gitHubClient({ apiUrl, repository, token, fetch = globalThis.fetch }) {
  if (!/^[\w.-]+\/[\w.-]+$/.test(repository ?? ''))
    throw new Error(`GITHUB_REPOSITORY must be <owner>/<repo>, not ${JSON.stringify(repository)}`)
  if (!token)
    throw new Error(
      'no token: set GITHUB_TOKEN (the workflow passes DOCS_PULL_TOKEN or github.token)',
    )
  const base = apiUrl.replace(/\/+$/, '')
  return {
    repository,
    owner: repository.split('/')[0],
    async request(method, path, body) {
      const response = await fetch(`${base}/repos/${repository}${path}`, {
        method,
        headers: {
          accept: 'application/vnd.github+json',
          authorization: `Bearer ${token}`,
          'user-agent': 'mfa-residency-docs-pull',
          'x-github-api-version': '2022-11-28',
          ...(body ? { 'content-type': 'application/json' } : {}),
        },
        ...(body ? { body: JSON.stringify(body) } : {}),
      })
      const text = await response.text()
      if (!response.ok) {
        const message = safeMessage(text)
        throw new Error(`GitHub API ${method} ${path}: HTTP ${response.status}${message}`)
      }
      return text === '' ? null : JSON.parse(text)
    },
  }
}

/** The API's own message, if it sent one, quoted: it is not ours to print raw. */
function safeMessage(text) {
  try {
    const { message } = JSON.parse(text)
    return typeof message === 'string' ? `: ${JSON.stringify(message.slice(0, 300))}` : ''
  } catch {
    return ''
  }
}

/**
 * Open the pull request from `branch` into `base`, or update the open one's title and body.
 * Nothing is written when the open one already says the same. Returns what it did.
 */
export async function upsertPullRequest(client, { branch, base, title, body }) {
  const query = new URLSearchParams({ state: 'open', head: `${client.owner}:${branch}`, base })
  const open = await client.request('GET', `/pulls?${query}`)
  const existing = open.find((pull) => pull.head?.ref === branch)
  if (!existing) {
    const created = await client.request('POST', '/pulls', {
      title,
      head: branch,
      base,
      body,
      maintainer_can_modify: true,
    })
    return { action: 'created', number: created.number, url: created.html_url }
  }
  if (existing.title === title && existing.body === body)
    return { action: 'unchanged', number: existing.number, url: existing.html_url }
  await client.request('PATCH', `/pulls/${existing.number}`, { title, body })
  return { action: 'updated', number: existing.number, url: existing.html_url }
}
