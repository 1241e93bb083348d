import type { Core } from '../manager'
import { type Gated, releaseScript } from './release'

export type { Gated } from './release'

const GATED = 'script[type="text/plain"][data-category],img[data-category][data-src],iframe[data-category][data-src]'

/**
 * Holds gated markup (SPEC 1.5) until its categories are granted, then releases each element
 * once. Scripts run one after another in the order they were found; elements the page adds
 * later join the same queue. While the document is still parsing, scripts wait for
 * DOMContentLoaded, so an inline script is never released before the parser has read its text.
 * `manager.debug().gated` lists every element.
 */
export function startGate({ manager, expose }: Core): void {
  const found: Gated[] = []
  const queue: Gated[] = []

  const add = (el: Element): void => {
    if (el.matches(GATED) && !found.some(g => g.el == el)) {
      found.push({ el: el as HTMLElement, tag: el.localName, category: el.getAttribute('data-category')!, src: el.getAttribute('data-src'), state: 'held' })
    }
  }
  // The parser adds elements one at a time, mostly without children: skip the subtree query then.
  const scan = (root: Element): void => {
    add(root)
    if (root.firstElementChild) root.querySelectorAll(GATED).forEach(add)
  }
  // The head of the queue is the script running (released) or next to run (held).
  const next = (): void => {
    const g = queue[0]
    if (g?.state == 'held') {
      releaseScript(g, () => {
        queue.shift()
        next()
      })
    }
  }
  const pump = (): void => {
    for (const g of found) {
      if (g.state == 'held' && !queue.includes(g) && g.category.trim().split(/\s+/).every(manager.granted)) {
        if (g.tag != 'script') {
          // A pixel or iframe loads once given the source it was held back from.
          g.state = 'released'
          ;(g.el as HTMLImageElement).src = g.src!
        } else if (document.readyState != 'loading') queue.push(g)
      }
    }
    next()
  }

  expose('gated', () => found.map(({ el, ...g }) => g))
  new MutationObserver(records => {
    const known = found.length
    for (const r of records) r.addedNodes.forEach(n => n.nodeType == 1 && scan(n as Element))
    if (found.length > known) pump()
  }).observe(document, { childList: true, subtree: true })
  // Fired once parsing ends (never, when it already has): the scripts found so far may run then.
  document.addEventListener('DOMContentLoaded', pump)
  scan(document.documentElement)
  manager.store.subscribe(pump)
}
