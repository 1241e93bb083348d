/** One gated element, as `manager.debug().gated` lists it (without `el`). */
export interface Gated {
  /** The element as found in the page. */
  el: HTMLElement
  /** `script`, `img` or `iframe`. */
  tag: string
  /** Its `data-category`: one category, or several separated by spaces (all must be granted). */
  category: string
  /** Its `data-src`, or null for an inline script. */
  src: string | null
  /** Whether it is still held or has been released. */
  state: 'held' | 'released'
}

/** Loads a pixel or iframe by giving it the source it was held back from. */
export function releaseMedia(g: Gated): void {
  g.state = 'released'
  ;(g.el as HTMLImageElement).src = g.src!
}

/**
 * Runs a gated script: a fresh `<script>` replaces it (a `text/plain` one can never run) with its
 * other attributes. `done` is called once the next gated script may run: after an external or
 * module script loaded and ran (or failed), at once for an inline or `async` one.
 */
export function releaseScript(g: Gated, done: () => void): void {
  const el = g.el as HTMLScriptElement
  g.state = 'released'
  if (!el.isConnected) return done() // removed by the page before release: it chose not to run it
  const s = document.createElement('script')
  for (const a of Array.from(el.attributes)) if (a.name != 'type') s.setAttribute(a.name, a.value)
  // Browsers hide the nonce attribute once a page has a CSP; the property keeps it.
  if (el.nonce) s.nonce = el.nonce
  const type = el.getAttribute('data-type')
  if (type) s.type = type
  const wait = (g.src || type == 'module') && !el.hasAttribute('async')
  if (wait) {
    s.addEventListener('load', done)
    s.addEventListener('error', done)
  }
  if (g.src) s.src = g.src
  else s.text = el.text
  el.replaceWith(s)
  if (!wait) done()
}
