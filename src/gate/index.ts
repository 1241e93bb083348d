import type { Core } from '../manager'
import { type Gated, releaseScript } from './release'

export type { Gated } from './release'

const GATED = 'script[type="text/plain"][data-category],img[data-category][data-src],iframe[data-category][data-src]'

/**
 * Holds gated markup (SPEC 1.5) until its categories are granted, then releases each element
 * once. Scripts run one after another in the order they were found; elements the page adds
 * later join the same queue. Gated markup is inert by itself, so nothing is looked for while the
 * document is still parsing: one scan at DOMContentLoaded costs less than a look at every parsed
 * chunk, and an inline script is never released before the parser has read its text.
 * `manager.debug().gated` lists every element found.
 * @returns a function that stops the gate: nothing more is found or released
 */
export function startGate({ granted, grants, expose }: Core): () => void {
  const found: Gated[] = []
  const queue: Gated[] = []

  const add = (el: Element): void => {
    if (el.matches(GATED) && !found.some(g => g.el == el)) {
      found.push({ el: el as HTMLElement, tag: el.localName, category: el.getAttribute('data-category')!, src: el.getAttribute('data-src'), state: 'held' })
    }
  }
  const scan = (root: Element): void => {
    add(root)
    root.querySelectorAll(GATED).forEach(add)
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
      if (g.state == 'held' && !queue.includes(g) && g.category.trim().split(/\s+/).every(granted)) {
        if (g.tag != 'script') {
          // A pixel or iframe loads once given the source it was held back from.
          g.state = 'released'
          ;(g.el as HTMLImageElement).src = g.src!
        } else queue.push(g)
      }
    }
    next()
  }

  const observer = new MutationObserver(records => {
    const known = found.length
    for (const r of records) r.addedNodes.forEach(n => n.nodeType == 1 && scan(n as Element))
    if (found.length > known) pump()
  })
  let unlisten = () => {}
  const observe = (): void => {
    scan(document.documentElement)
    observer.observe(document, { childList: true, subtree: true })
    unlisten = grants.listen(pump)
    pump()
  }

  expose('gated', () => found.map(({ el, ...g }) => g))
  if (document.readyState == 'loading') document.addEventListener('DOMContentLoaded', observe)
  else observe()
  return () => {
    document.removeEventListener('DOMContentLoaded', observe)
    observer.disconnect()
    unlisten()
    queue.length = 0
  }
}
