/** The repository and path a manifest's raw.githubusercontent.com address names, when it does. */
export function upstreamOf(address: string): { repository: string; path: string } | null {
  if (!URL.canParse(address)) return null
  const url = new URL(address)
  if (url.hostname !== 'raw.githubusercontent.com') return null
  const [owner, name, _ref, ...rest] = url.pathname.split('/').slice(1)
  return owner && name && rest.length > 0
    ? { repository: `${owner}/${name}`, path: rest.map(decodeURIComponent).join('/') }
    : null
}

/** The raw address of a file at a commit (or the main branch), as a manifest would name it. */
export function rawAddress(repository: string, file: string, commit: string | null): string {
  const encoded = file.split('/').map(encodeURIComponent).join('/')
  return `https://raw.githubusercontent.com/${repository}/${commit ?? 'main'}/${encoded}`
}
