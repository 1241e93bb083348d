import type { Core } from '../manager'
import { type Gated, releaseMedia, releaseScript } from './release'

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
  const seen = new WeakSet<Element>()
  const queue: Gated[] = []
  let busy = false
  let parsed = document.readyState != 'loading'

  const add = (el: Element): void => {
    if (!seen.has(el) && el.matches(GATED)) {
      seen.add(el)
      found.push({ el: el as HTMLElement, tag: el.localName, category: el.getAttribute('data-category')!, src: el.getAttribute('data-src'), state: 'held' })
    }
  }
  const scan = (root: Element | Document): void => {
    if (root != document) add(root as Element)
    root.querySelectorAll(GATED).forEach(add)
  }
  const next = (): void => {
    const g = !busy && queue.shift()
    if (g) {
      busy = true
      releaseScript(g, () => {
        busy = false
        next()
      })
    }
  }
  const pump = (): void => {
    for (const g of found) {
      if (g.state == 'held' && !queue.includes(g) && g.category.trim().split(/\s+/).every(manager.granted)) {
        if (g.tag != 'script') releaseMedia(g)
        else if (parsed) queue.push(g)
      }
    }
    next()
  }

  expose('gated', () => found.map(({ tag, category, src, state }) => ({ tag, category, src, state })))
  new MutationObserver(records => {
    for (const r of records) r.addedNodes.forEach(n => n.nodeType == 1 && scan(n as Element))
    pump()
  }).observe(document, { childList: true, subtree: true })
  if (!parsed) {
    document.addEventListener('DOMContentLoaded', () => {
      parsed = true
      scan(document)
      pump()
    })
  }
  scan(document)
  manager.store.subscribe(pump)
}
