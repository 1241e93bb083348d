import { type ConsentryConfig, normalizeConfig } from '../config'
import { decisionIn, grantsIn, type ReadOptions } from './read'

/** The directives that govern fetches, which get the granted hosts. */
const FETCH = ['default-src', 'script-src', 'script-src-elem', 'style-src', 'style-src-elem', 'img-src', 'connect-src', 'font-src',
  'frame-src', 'child-src', 'media-src', 'object-src', 'worker-src', 'manifest-src']
/** Every scheme a host may be reached by. */
const SCHEMES = ['https', 'http', 'wss', 'ws']

/**
 * A `Content-Security-Policy` value for a response (SPEC 1.8): the site's own policy `base`, with
 * the hosts of the categories that the request's consent cookie grants added to each fetch
 * directive it has (and to `default-src`, which the others fall back to), on any port and every
 * scheme, and none of the other categories' hosts. A directive of `'none'` stays as it is. With
 * `reportUri`, each refusal is reported there at once by `report-uri`, which every browser
 * honours. No `report-to` is added: Chromium ignores `report-uri` once a policy names a
 * `report-to` group, and delivers Reporting API reports late and in batches, or not at all where
 * the response lacks a matching `Reporting-Endpoints` header; a site that wants them appends
 * `; report-to <group>` and sends that header itself. A host pattern with a `*` inside a label
 * cannot be written in a policy and is left out, so it stays refused.
 * @param cookieHeader the request's `Cookie` header
 * @param base the site's own policy @default "default-src 'self'"
 * @param reportUri where the browser reports refusals, e.g. the receiver's `/api/csp-report`
 * @param options the request's GPC signal and the visitor's jurisdiction, as for `readConsent`:
 *   where consent is opt-out, what is granted before a decision is allowed too
 */
export function consentPolicy(cookieHeader: string | undefined, config: ConsentryConfig, base = "default-src 'self'", reportUri?: string, options: ReadOptions = {}): string {
  const normal = normalizeConfig(config)
  const granted = grantsIn(normal, decisionIn(normal, cookieHeader, options), options)
  const hosts = normal.categories
    .filter(c => granted[c.name])
    .flatMap(c => c.written.hosts)
    .filter(h => /^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(h))
  const sources = [...new Set(hosts)].flatMap(h => SCHEMES.map(s => `${s}://${h}:*`))
  const directives = new Map<string, string[]>()
  for (const part of base.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/)
    if (name) directives.set(name.toLowerCase(), values)
  }
  if (!directives.has('default-src')) directives.set('default-src', ["'self'"])
  for (const [name, values] of directives) {
    if (FETCH.includes(name) && !values.includes("'none'")) directives.set(name, [...values, ...sources])
  }
  if (reportUri) directives.set('report-uri', [reportUri])
  return [...directives].map(([name, values]) => [name, ...values].join(' ')).join('; ')
}
