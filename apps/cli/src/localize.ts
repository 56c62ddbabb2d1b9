import type { Localized } from '@mfa-residency/dataset'
import type { Lang } from './context.js'
import { en, sv } from './messages.js'
import type { Translated } from './translation.js'

/**
 * The Swedish of a text as far as it can be trusted. A stale translation is shown with the English
 * it translates, so that a reader sees it may say something the English no longer says; a missing
 * one is named, with the English when the English is not shown beside it. The markers are in
 * Swedish when only Swedish is shown, in English beside the English.
 */
function swedish(text: Translated, withEnglish: boolean): string {
  const words = withEnglish ? sv : en
  if (text.sv === null) {
    return withEnglish
      ? `– ${words.missingTranslationOf(text.en)}`
      : `– ${words.missingTranslation}`
  }
  if (text.status === 'missing') return `${text.sv} ${words.missingTranslation}`
  if (text.status === 'stale') {
    return `${text.sv} (${words.stale}${text.translates === undefined ? '' : `: ${words.translates(text.translates)}`})`
  }
  return text.sv
}

const unchanged = (text: Translated) => text.status === 'current' && text.sv === text.en

/** One locale's text, or both as "English / svenska". */
export function pick(text: Translated, lang: Lang): string {
  if (lang === 'en') return text.en
  if (lang === 'sv') return swedish(text, true)
  return unchanged(text) ? text.en : `${text.en} / ${swedish(text, false)}`
}

/** A cell's values in one locale, or both locales' values one after the other. */
export function pickValues(values: readonly Translated[], lang: Lang): string[] {
  if (lang === 'en') return values.map((value) => value.en)
  if (lang === 'sv') return values.map((value) => swedish(value, true))
  return [
    ...values.map((value) => value.en),
    ...values.map((value) => `↳ ${swedish(value, false)}`),
  ]
}

/** A cell's values on one line: "a, b", or "a, b / c, d" for both locales. */
export function pickJoined(values: readonly Translated[], lang: Lang): string {
  const english = values.map((value) => value.en).join(', ')
  if (lang === 'en') return english
  if (lang === 'sv') return values.map((value) => swedish(value, true)).join(', ')
  if (values.every(unchanged)) return english
  return `${english} / ${values.map((value) => swedish(value, false)).join(', ')}`
}

/** A section's headings joined by "›"; for both locales the English path, then the Swedish. */
export function sectionPath(headings: readonly Translated[], lang: Lang): string {
  const english = headings.map((heading) => heading.en).join(' › ')
  if (lang === 'en') return english
  if (lang === 'sv') return headings.map((heading) => swedish(heading, true)).join(' › ')
  if (headings.length === 0) return ''
  if (headings.every((heading) => heading.sv === null))
    return `${english} / – ${en.missingTranslation}`
  return `${english} / ${headings.map((heading) => swedish(heading, false)).join(' › ')}`
}

/** For `--json`: a plain value in one locale, or `{ en, sv }` for both. */
export function pickJson<T>(value: Localized<T>, lang: Lang): T | null | Localized<T> {
  return lang === 'both' ? { en: value.en, sv: value.sv } : lang === 'en' ? value.en : value.sv
}

/** For `--json` with Swedish shown: one text's status, and the English a stale one translates. */
export function statusJson(text: Translated, lang: Lang) {
  if (lang === 'en') return {}
  return {
    status: text.status,
    ...(text.translates === undefined ? {} : { translates: text.translates }),
  }
}

/** For `--json` with Swedish shown: the least current status of several texts, and the gaps. */
export function gapsJson(texts: readonly Translated[], lang: Lang) {
  if (lang === 'en') return {}
  const gaps = texts
    .filter((text) => text.status !== 'current')
    .map(({ path, status, translates, reason }) => ({
      path,
      status,
      ...(translates === undefined ? {} : { translates }),
      ...(reason === undefined ? {} : { reason }),
    }))
  const status = gaps.some((gap) => gap.status === 'missing')
    ? 'missing'
    : gaps.length > 0
      ? 'stale'
      : 'current'
  return { status, gaps }
}
