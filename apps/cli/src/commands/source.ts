import { dataset, type LocalizedPosition } from '@mfa-residency/dataset'

/** `path:line` per locale, for pointing a reader at the source document. */
export function sourceOf(position: LocalizedPosition): { en: string; sv: string | null } {
  return {
    en: `${dataset.sources.en.path}:${position.en.line}`,
    sv: position.sv ? `${dataset.sources.sv.path}:${position.sv.line}` : null,
  }
}
