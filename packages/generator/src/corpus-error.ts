/** Bad input in one or more articles; every problem is listed, nothing was written. */
export class CorpusError extends Error {
  override name = 'CorpusError'
}
