export { type FetchOptions, fetchText, MAX_REDIRECTS } from './fetch-text.js'
export { type PulledDoc, pullDocs } from './pull-docs.js'
export { PullError } from './pull-error.js'
export { BUILT_IN_UPSTREAMS, type UpstreamPolicy } from './upstream-policy.js'
