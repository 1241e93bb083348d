import { scriptPolicy } from '../trusted-types'
import { MARK } from './hold'

/** One gated element, as `manager.debug().gated` lists it (without `el`). */
export interface Gated {
  /** The element as found in the page. */
  el: HTMLElement
  /** The element's tag name: `script`, `img`, `iframe`, or any element held by its host (`link`, `video`, …). */
  tag: string
  /** Its `data-category`: one category, or several separated by spaces (all must be granted). */
  category: string
  /** Its `data-src` (for an element held by its host, the first URL held back), or null for an inline script. */
  src: string | null
  /** Whether it is still held or has been released. */
  state: 'held' | 'released'
  /** True for an element held by its host (see `hold.ts`), released where it is rather than replaced. */
  host?: true
}

/**
 * Runs a gated script: a fresh `<script>` replaces it (a `text/plain` one can never run) with its
 * other attributes. Not a clone: a script inserted as HTML text is marked as already started, and
 * a clone would inherit that mark and never run. `done` is called once the next gated script may
 * run: after an external or module script loaded and ran (or failed), at once for an inline or
 * `async` one.
 */
export function releaseScript(g: Gated, done: () => void): void {
  const el = g.el as HTMLScriptElement
  g.state = 'released'
  if (!el.isConnected) return done() // removed by the page before release: it chose not to run it
  const s = document.createElement('script')
  for (const { name, value } of el.attributes) if (name != 'type') s.setAttribute(name, value)
  // Browsers hide the nonce attribute once a page has a CSP; the property keeps it.
  s.nonce = el.nonce
  const type = el.dataset.type
  if (type) s.type = type
  const wait = (g.src || type == 'module') && !el.hasAttribute('async')
  if (wait) for (const event of ['load', 'error']) s.addEventListener(event, done)
  // Under Trusted Types these sinks take the SDK's policy; the text and URL are the site's own markup.
  if (g.src) s.src = scriptPolicy().scriptUrl(g.src)
  else s.text = scriptPolicy().script(el.text)
  el.replaceWith(s)
  if (!wait) done()
}

/**
 * Releases an element held by its host where it is: each attribute goes back from its
 * `data-consentry-` mark, so the page's own listeners (a tag manager's `onload`) hear the load.
 * `done` is called once the next gated script may run: after a connected script with a source
 * loaded (or failed), at once otherwise (a detached script runs when the page inserts it).
 */
export function releaseHeld(g: Gated, done: () => void): void {
  const { el } = g
  g.state = 'released'
  const wait = el.localName == 'script' && el.isConnected && el.hasAttribute(MARK + 'src')
  if (wait) for (const event of ['load', 'error']) el.addEventListener(event, done, { once: true })
  el.removeAttribute(MARK + 'category')
  for (const { name, value } of [...el.attributes]) {
    if (name.startsWith(MARK)) {
      el.removeAttribute(name)
      const attr = name.slice(MARK.length)
      // Under Trusted Types a script's source takes the SDK's policy; the URL is the page's own.
      el.setAttribute(attr, attr == 'src' && el.localName == 'script' ? scriptPolicy().scriptUrl(value) : value)
    }
  }
  // A media element picks its <source> when one is inserted, and a <track> loads when inserted:
  // a source given back later needs the media to choose again, a track to be inserted again.
  const parent = el.parentNode as HTMLMediaElement | null
  if (el.localName == 'source' && parent?.load) parent.load()
  if (el.localName == 'track' && parent) parent.insertBefore(el, el.nextSibling)
  if (!wait) done()
}
