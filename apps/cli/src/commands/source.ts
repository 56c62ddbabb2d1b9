import type { Dataset, LocalizedPosition } from '@mfa-residency/dataset'

/** `path:line` per locale, for pointing a reader at the source document. */
export function sourceOf(
  position: LocalizedPosition,
  sources: Dataset['sources'],
): { en: string; sv: string | null } {
  return {
    en: `${sources.en.path}:${position.en.line}`,
    sv: position.sv ? `${sources.sv.path}:${position.sv.line}` : null,
  }
}
