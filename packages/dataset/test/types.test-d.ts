// Type-level tests, checked by `tsc -p tsconfig.json --noEmit` (the typecheck task), not run.
import { expectTypeOf } from 'vitest'
import {
  getList,
  getTable,
  getTerm,
  type List,
  type SourceDocument,
  type Table,
  type Term,
  type UpstreamFile,
} from '../src/index.js'

// A current id is known at compile time, so its entity is there.
expectTypeOf(getTable('data-stored-by-mfa-server')).toEqualTypeOf<Table>()
expectTypeOf(
  getList('personal-data-stored-by-microsoft-entra-multifactor-authentication'),
).toEqualTypeOf<List>()
expectTypeOf(getTerm('cloud/azure-china')).toEqualTypeOf<Term>()

// Any other string may be a retired alias: it may find nothing.
expectTypeOf(getTable('data-stored-by-mfa-servers')).toEqualTypeOf<Table | undefined>()

// @ts-expect-error a typo'd id is no TableId, so the result may be undefined
export const typo: Table = getTable('data-stored-by-mfa-servr')
// @ts-expect-error a typo'd term id is no TermId either
export const term: Term = getTerm('cloud/azure-chna')

// Provenance (2.3): optional, so a 2.2 dataset is still a Dataset; nullable where not known.
expectTypeOf<SourceDocument['translationType']>().toEqualTypeOf<'HT' | 'MT' | null | undefined>()
expectTypeOf<SourceDocument['upstream']>().toEqualTypeOf<UpstreamFile | null | undefined>()
expectTypeOf<UpstreamFile['commit']>().toEqualTypeOf<string | null>()
