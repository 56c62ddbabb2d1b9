/** A kebab-case id from text: accents dropped, anything not a letter or digit becomes `-`. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

/** Hands out unique ids in order: the second `foo` becomes `foo-2`, the third `foo-3`. */
export class IdRegistry {
  readonly #used = new Set<string>()

  take(text: string, fallback: string): string {
    const slug = slugify(text)
    // An all-digit key would jump to the front of a JSON object and break column order.
    const base = slug === '' ? fallback : /^\d+$/.test(slug) ? `${fallback}-${slug}` : slug
    let id = base
    for (let suffix = 2; this.#used.has(id); suffix++) id = `${base}-${suffix}`
    this.#used.add(id)
    return id
  }
}
