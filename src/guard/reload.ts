import type { Core } from '../manager'
import type { Owner } from './owner'
import { hostOf } from './url'

/**
 * Reloads the page once when the visitor grants a category whose hosts this page's
 * Content-Security-Policy refused (SPEC 1.8): the policy is fixed when a page loads, so what it
 * blocked can only run from the next load, whose policy the server computes from the new consent
 * cookie. The page's own `securitypolicyviolation` events tell which categories the policy
 * blocked, before the grant or after it (a released element the policy refuses). Only a grant
 * made while this page is open counts, never the stored one, so a server that does not update its
 * policy gets one reload per grant and no loop. The decision is durable by then: the consent
 * cookie and the outbox record are written before the grants change. The reload is announced
 * first by a cancelable `consentry:reload` event, whose `detail` lists the categories: an app
 * with state to keep calls `preventDefault()` and reloads or navigates when it suits it.
 * @param category the category that owns a host, granted or not
 * @returns a function that stops listening
 */
export function reloadForPolicy({ grants, ready }: Core, category: Owner): () => void {
  const blocked = new Set<string>()
  const grantedHere = new Set<string>()
  let reloading = false
  const check = () => {
    const due = [...blocked].filter(c => grantedHere.has(c))
    if (!reloading && due.length) {
      reloading = true
      setTimeout(() => dispatchEvent(new CustomEvent('consentry:reload', { cancelable: true, detail: due })) && location.reload())
    }
  }
  const violated = (e: SecurityPolicyViolationEvent) => {
    const owner = category('request', hostOf(e.blockedURI))
    if (owner) blocked.add(owner)
    check()
  }
  document.addEventListener('securitypolicyviolation', violated)
  let stopped = false
  let unlisten = () => {}
  void ready.then(() => {
    if (stopped) return
    let before = grants.get()
    unlisten = grants.listen(now => {
      for (const c in now) if (now[c] && !before[c]) grantedHere.add(c)
      before = now
      check()
    })
  })
  return () => {
    stopped = true
    unlisten()
    document.removeEventListener('securitypolicyviolation', violated)
  }
}
