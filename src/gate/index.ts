import { hostOf, ownerOf, type Realms } from '../guard'
import type { Core } from '../manager'
import { createHolder, type Holder, MARK } from './hold'
import { type Gated, releaseHeld, releaseScript } from './release'

export type { Gated } from './release'

const GATED = 'script[type="text/plain"][data-category],img[data-category][data-src],iframe[data-category][data-src]'
const HELD = `[${MARK}category]`

/**
 * Holds gated markup (SPEC 1.5) and every element that would load from an owned host whose
 * category is not granted (SPEC 1.6, see `hold.ts`), then releases each element once, when its
 * categories are granted. Scripts run one after another in document order; elements the page adds
 * later join the same queue. Gated markup is inert by itself, so it is looked for once the
 * document is parsed: one scan at DOMContentLoaded costs less than a look at every parsed chunk,
 * and an inline script is never released before the parser has read its text. Elements that load
 * by host are watched from the start, when the config owns hosts: the observer sees a parsed
 * `<script src>` before it runs. `manager.debug().gated` lists every element found.
 * @param realms the page's watcher of realms, which runs the holder's install in each
 * @returns a function that stops the gate: nothing more is found or released
 */
export function startGate({ config, granted, grants, expose }: Core, realms: Realms): () => void {
  const found: Gated[] = []
  const queue: Gated[] = []
  let parsed = false
  let stopped = false

  const register = (el: Element): void => {
    const category = el.getAttribute(MARK + 'category')!
    const src = [...el.attributes].find(a => a.name.startsWith(MARK) && a.name != MARK + 'category')?.value ?? null
    const known = found.find(g => g.el == el)
    if (known) Object.assign(known, { category, state: 'held' })
    else found.push({ el: el as HTMLElement, tag: el.localName, category, src, state: 'held', host: true })
  }
  const add = (el: Element): void => {
    if (el.matches(HELD)) register(el)
    else if (parsed && el.matches(GATED) && !found.some(g => g.el == el)) {
      found.push({ el: el as HTMLElement, tag: el.localName, category: el.getAttribute('data-category')!, src: el.getAttribute('data-src'), state: 'held' })
    }
  }
  const scan = (root: Element): void => {
    holder?.holdTree(root)
    add(root)
    root.querySelectorAll(parsed ? `${GATED},${HELD}` : HELD).forEach(add)
  }
  // The head of the queue is the script running (released) or next to run (held).
  const next = (): void => {
    const g = queue[0]
    if (g?.state == 'held') {
      const done = () => {
        queue.shift()
        next()
      }
      if (g.host) releaseHeld(g, done)
      else releaseScript(g, done)
    }
  }
  const pump = (): void => {
    if (stopped) return
    const due = found.filter(g => g.state == 'held' && !queue.includes(g) && g.category.trim().split(/\s+/).every(granted))
    // Document order, as the browser would have run them: elements held by host are found while
    // the page parses, gated markup after.
    due.sort((a, b) => a.el.compareDocumentPosition(b.el) & Node.DOCUMENT_POSITION_PRECEDING ? 1 : -1)
    for (const g of due) {
      if (g.tag == 'script') queue.push(g)
      else if (g.host) releaseHeld(g, () => {})
      else {
        // A pixel or iframe loads once given the source it was held back from.
        g.state = 'released'
        ;(g.el as HTMLImageElement).src = g.src!
      }
    }
    next()
  }

  let holder: Holder | undefined
  // A frame's own document (a held srcdoc) keeps held elements that only its load makes reachable.
  const frameLoaded = (e: Event) => {
    const doc = (e.target as HTMLIFrameElement).contentDocument
    if (doc) {
      doc.querySelectorAll(HELD).forEach(register)
      pump()
    }
  }
  if (config.categories.some(c => c.hosts.length)) {
    const owner = ownerOf(config, name => stopped || granted(name))
    holder = createHolder((url, base) => owner('request', hostOf(url, base)), register)
    realms.add(holder.install)
    document.addEventListener('load', frameLoaded, true)
  }

  const observer = new MutationObserver(records => {
    for (const r of records) {
      if (r.type == 'attributes') holder?.holdTree(r.target)
      else r.addedNodes.forEach(n => n.nodeType == 1 && scan(n as Element))
    }
    pump()
  })
  // Attributes matter only to elements held by host.
  const watch = () => observer.observe(document, { childList: true, subtree: true, attributes: !!holder, attributeFilter: holder?.attributes })
  let unlisten = () => {}
  const observe = (): void => {
    parsed = true
    scan(document.documentElement)
    watch()
    unlisten = grants.listen(pump)
    pump()
  }

  expose('gated', () => found.map(({ el, host, ...g }) => g))
  if (document.readyState == 'loading') {
    if (holder) watch()
    document.addEventListener('DOMContentLoaded', observe)
  } else observe()
  return () => {
    stopped = true
    document.removeEventListener('DOMContentLoaded', observe)
    document.removeEventListener('load', frameLoaded, true)
    observer.disconnect()
    unlisten()
    queue.length = 0
  }
}
