import type { Lang } from './context.js'

type Localized<T> = { en: T; sv: T | null }

/** One locale's text, or both as "English / svenska"; a missing translation shows as "–". */
export function pick(value: Localized<string>, lang: Lang): string {
  if (lang === 'en') return value.en
  if (lang === 'sv') return value.sv ?? '–'
  return value.sv === null || value.sv === value.en ? value.en : `${value.en} / ${value.sv}`
}

/** A list per locale, or both locales' values one after the other. */
export function pickValues(value: Localized<string[]>, lang: Lang): string[] {
  if (lang === 'en') return value.en
  if (lang === 'sv') return value.sv ?? ['–']
  return value.sv === null ? value.en : [...value.en, ...value.sv.map((text) => `↳ ${text}`)]
}

/** For `--json`: a plain value in one locale, or `{ en, sv }` for both. */
export function pickJson<T>(value: Localized<T>, lang: Lang): T | null | Localized<T> {
  return lang === 'both' ? { en: value.en, sv: value.sv } : lang === 'en' ? value.en : value.sv
}

export function sectionPath(section: Localized<string[]>, lang: Lang): string {
  const parts = lang === 'sv' ? (section.sv ?? section.en) : section.en
  const path = parts.join(' › ')
  if (lang !== 'both' || section.sv === null) return path
  return `${path} / ${section.sv.join(' › ')}`
}

/** A cell's values on one line: "a, b", or "a, b / c, d" for both locales. */
export function pickJoined(value: Localized<string[]>, lang: Lang): string {
  return pick({ en: value.en.join(', '), sv: value.sv === null ? null : value.sv.join(', ') }, lang)
}
