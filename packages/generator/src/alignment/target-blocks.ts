import type { Block, ParsedDocument } from '@mfa-residency/parser'

/** A block of a translated document, or its title, which pairs with the English H1. */
export type TargetBlock = Block | { kind: 'title'; text: string; line: number; endLine: number }

/** The blocks of a translated document in document order, its title first when it has one. */
export function targetBlocks(target: ParsedDocument): TargetBlock[] {
  return [
    ...(target.title !== null && target.titleLine !== null
      ? [
          {
            kind: 'title' as const,
            text: target.title,
            line: target.titleLine,
            endLine: target.titleLine,
          },
        ]
      : []),
    ...target.blocks,
  ]
}
