export { type FetchOptions, fetchText, PullError } from './fetch-text.js'
export { type PulledDoc, pullDocs } from './pull-docs.js'
