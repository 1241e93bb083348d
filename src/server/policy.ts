import { type ConsentryConfig, normalizeConfig } from '../config'
import { decisionIn, grantsIn, type ReadOptions } from './read'

/** The directives that govern fetches, which get the granted hosts. */
const FETCH = ['default-src', 'script-src', 'script-src-elem', 'style-src', 'style-src-elem', 'img-src', 'connect-src', 'font-src',
  'frame-src', 'child-src', 'media-src', 'object-src', 'worker-src', 'manifest-src']
/** Every scheme a host may be reached by. */
const SCHEMES = ['https', 'http', 'wss', 'ws']

/** The Reporting API group that `consentPolicy`'s `report-to` names, and `reportingEndpoints` declares. */
export const REPORT_GROUP = 'consentry'

/** What `consentPolicy` reads of the request besides its cookie, and how it reports. */
export interface PolicyOptions extends ReadOptions {
  /**
   * Whether the policy names the `report-to` group beside `report-uri` (SPEC 1.8). Chromium then
   * reports only through the Reporting API, which takes its `Reporting-Endpoints` header only on
   * an https response: set `false` for a page served over plain http (a local or demo server), where
   * `report-to` would silence every report.
   * @default true
   */
  reportTo?: boolean
}

/**
 * The `Reporting-Endpoints` header value that goes with `consentPolicy`'s `report-to`: the group
 * `consentry` at `reportUri`. Send both on the page's response; without this header Chromium
 * sends no report at all (it ignores `report-uri` once a policy names `report-to`), while Firefox
 * and Safari keep using `report-uri`.
 * @param reportUri where the browser reports refusals, as given to `consentPolicy`
 * @example res.setHeader('Reporting-Endpoints', reportingEndpoints('/api/csp-report'))
 */
export function reportingEndpoints(reportUri: string): string {
  return `${REPORT_GROUP}="${reportUri.replace(/["\\]/g, encodeURIComponent)}"`
}

/**
 * A `Content-Security-Policy` value for a response (SPEC 1.8): the site's own policy `base`, with
 * the hosts of the categories that the request's consent cookie grants added to each fetch
 * directive it has (and to `default-src`, which the others fall back to), on any port and every
 * scheme, and none of the other categories' hosts. A directive of `'none'` stays as it is. With
 * `reportUri`, each refusal is reported there: by `report-uri` (Firefox, Safari) and by
 * `report-to consentry` (Chromium, through the Reporting API, in batches), whose endpoint the
 * response declares with `reportingEndpoints(reportUri)`. A host pattern with a `*` inside a
 * label cannot be written in a policy and is left out, so it stays refused.
 * @param cookieHeader the request's `Cookie` header
 * @param base the site's own policy @default "default-src 'self'"
 * @param reportUri where the browser reports refusals, e.g. the receiver's `/api/csp-report`
 * @param options the request's GPC signal and the visitor's jurisdiction, as for `readConsent`
 *   (where consent is opt-out, what is granted before a decision is allowed too), and `reportTo`
 * @example
 * res.setHeader('Content-Security-Policy', consentPolicy(req.headers.cookie, config, "script-src 'self'", '/api/csp-report'))
 * res.setHeader('Reporting-Endpoints', reportingEndpoints('/api/csp-report'))
 */
export function consentPolicy(cookieHeader: string | undefined, config: ConsentryConfig, base = "default-src 'self'", reportUri?: string, options: PolicyOptions = {}): string {
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
  if (reportUri) {
    directives.set('report-uri', [reportUri])
    if (options.reportTo !== false) directives.set('report-to', [REPORT_GROUP])
  }
  return [...directives].map(([name, values]) => [name, ...values].join(' ')).join('; ')
}
