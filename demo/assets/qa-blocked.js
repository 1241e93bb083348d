// The QA panel's "Blocked attempts": what the page's Content-Security-Policy (SPEC 1.8) refused,
// from this page's own securitypolicyviolation events and the reports the server took.
import { section, table } from './qa-view.js'

const KEEP = 8

/** Collects blocked attempts and calls `changed` when there are new ones. */
export function watchBlocked(changed) {
  const seen = []
  let server = []
  addEventListener('securitypolicyviolation', e => {
    seen.push({ blocked: e.blockedURI, directive: e.effectiveDirective, from: 'this page' })
    changed()
  }, true)
  const poll = () => fetch('/api/csp-report').then(r => r.json()).then(list => {
    const next = list.slice(-KEEP).reverse().map(r => ({ blocked: r.blocked, directive: r.directive, from: 'report' }))
    if (JSON.stringify(next) != JSON.stringify(server)) (server = next, changed())
  }, () => {})
  return { list: () => [...seen.slice(-KEEP).reverse(), ...server], poll }
}

/** The section: one row per blocked URL and the directive that refused it. */
export const blockedSection = list => section('Blocked attempts (Content-Security-Policy)',
  table(['blocked', 'directive', 'seen in'], list.map(b => [b.blocked, b.directive, b.from])))
