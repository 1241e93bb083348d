/**
 * `consentry/server`: helpers for the site's server (SPEC 1.8). Nothing here touches a browser
 * global, so they run in Node, Deno, Bun and edge runtimes.
 */
export { consentPolicy, REPORT_GROUP, reportingEndpoints } from './policy'
export type { PolicyOptions } from './policy'
export { cookieValue, grantsOf, readConsent } from './read'
export type { ReadOptions } from './read'
export type { Decision } from '../manager'
export type { ConsentryConfig } from '../config'
