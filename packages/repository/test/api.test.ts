import { expect, test } from 'vitest'

test('the public API is exactly these exports', async () => {
  expect(Object.keys(await import('../src/index.js')).sort()).toEqual([
    'MANIFEST_PATH',
    'ReplaceFilesError',
    'StagingFolder',
    'exitOnClosedPipe',
    'findRepositoryRoot',
    'findUp',
    'parseCommandLine',
    'parseJsonFile',
    'parseManifest',
    'readManifest',
    'removeAbandonedStaging',
    'replaceFiles',
    'replaceFolder',
    'resolveInside',
    'sha256',
    'useColor',
    'writeFileAtomic',
  ])
})
