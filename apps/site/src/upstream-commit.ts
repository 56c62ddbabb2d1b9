// GitHub's own limits: an owner is 1–39 letters, digits or inner hyphens; a repository name is
// letters, digits, `.`, `_` and `-`, and never `.` or `..` alone.
const owner = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/
const name = /^[A-Za-z0-9._-]{1,100}$/
const sha = /^[0-9a-f]{40}$/

/**
 * The commit's page on GitHub, or `null` unless both the repository (`owner/name`) and the commit
 * (40 lowercase hex digits) are known and well-formed: the history is data, and a link made from
 * a malformed value could point anywhere.
 */
export function commitUrl(repository: string | null, commit: string | null): string | null {
  if (repository === null || commit === null || !sha.test(commit)) return null
  const parts = repository.split('/')
  if (parts.length !== 2) return null
  const [ownerPart, namePart] = parts as [string, string]
  if (!owner.test(ownerPart) || !name.test(namePart) || namePart === '.' || namePart === '..')
    return null
  return `https://github.com/${ownerPart}/${namePart}/commit/${commit}`
}
