/**
 * Which upstreams `docs:pull` may fetch from. The manifest is input, so it cannot widen this; only
 * the command line can (`--allow-host`), and the test seam (`allowLoopback`) opens plain HTTP to
 * 127.0.0.1 and nothing else.
 */
export interface UpstreamPolicy {
  /** More https hosts (`host` or `host:port`), any path. */
  allowHosts?: readonly string[]
  /** Test seam: also `http://127.0.0.1:<port>`, for a loopback server. */
  allowLoopback?: boolean
}

/** The MicrosoftDocs repositories on GitHub's raw host, and Learn. */
export const BUILT_IN_UPSTREAMS: readonly { host: string; pathPrefix: string }[] = [
  { host: 'raw.githubusercontent.com', pathPrefix: '/MicrosoftDocs/' },
  { host: 'learn.microsoft.com', pathPrefix: '/' },
]

/** The allowlist in words, for the "expected" half of a message. */
export function describeUpstreams(policy: UpstreamPolicy = {}): string {
  const hosts = [
    ...BUILT_IN_UPSTREAMS.map(({ host, pathPrefix }) =>
      pathPrefix === '/' ? host : `${host}${pathPrefix}…`,
    ),
    ...(policy.allowHosts ?? []),
  ]
  const https = `an https: URL on ${hosts.slice(0, -1).join(', ')} or ${hosts.at(-1)}`
  return policy.allowLoopback ? `${https}, or http://127.0.0.1:<port>` : https
}

/** Why `url` is not an allowed upstream (the "got" half of a message), or null when it is. */
export function refuseUpstream(url: URL, policy: UpstreamPolicy = {}): string | null {
  if (policy.allowLoopback && url.protocol === 'http:' && url.hostname === '127.0.0.1')
    return url.username || url.password ? 'a URL with a user name or password' : null
  if (url.protocol !== 'https:') return `a ${url.protocol} URL`
  if (url.username || url.password) return 'a URL with a user name or password'
  if (policy.allowHosts?.includes(url.host)) return null
  const upstream = BUILT_IN_UPSTREAMS.find(({ host }) => host === url.host)
  if (!upstream) return `a URL on ${url.host}`
  // The URL parser has already resolved `..` and `%2e%2e`, so the prefix is the real path.
  if (!url.pathname.startsWith(upstream.pathPrefix))
    return `a URL on ${url.host} outside ${upstream.pathPrefix} (${url.pathname})`
  return null
}

/** A `--allow-host` value: a host name, optionally with a port, and nothing else. */
export function parseAllowedHost(value: string): string | null {
  if (!/^[a-z0-9.-]+(:\d{1,5})?$/i.test(value)) return null
  try {
    const url = new URL(`https://${value}`)
    return url.pathname === '/' ? url.host : null
  } catch {
    return null
  }
}
