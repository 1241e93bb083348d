import type { Config } from '../config'
import { CORE_CSS } from './styles'

/** Id of the host element, for theming from the page: `#consentry-root { --consentry-accent: … }`. */
export const HOST_ID = 'consentry-root'

/**
 * Returns a getter of the one shadow root the SDK renders into (the floating button from the core,
 * banner and dialog from the lazy part), made on first use: `<consentry-ui id="consentry-root">`
 * at the end of the body, with the palette of the configured theme. The shadow root keeps the
 * page's CSS off the UI and the UI's CSS off the page. The host comes first in the body, so the
 * banner is early in the reading order. Callers wait for `document.body`.
 */
export function shadowRoot(config: Config): () => ShadowRoot {
  let root: ShadowRoot | undefined
  return () => {
    if (!root) {
      const host = document.createElement('consentry-ui')
      host.id = HOST_ID
      // Only the built-in UI asks for the root, so a headless config never gets here; 'light' keeps the types whole.
      host.setAttribute('theme', config.ui ? config.ui.theme : 'light')
      root = host.attachShadow({ mode: 'open' })
      addStyles(root, CORE_CSS)
      document.body.prepend(host)
    }
    return root
  }
}

/**
 * Adds a stylesheet to a shadow root. Constructable stylesheets come first because a strict
 * `style-src 'self'` CSP allows them; a `<style>` element is the fallback for older browsers.
 */
export function addStyles(root: ShadowRoot, css: string): void {
  try {
    const sheet = new CSSStyleSheet()
    sheet.replaceSync(css)
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet]
  } catch {
    const style = document.createElement('style')
    style.textContent = css
    root.append(style)
  }
}

/** Runs `fn` once the body exists (at once when it does). */
export function whenBody(fn: () => void): void {
  if (document.body) fn()
  else document.addEventListener('DOMContentLoaded', fn, { once: true })
}

/** Runs `fn` once the document is parsed (at once when it is), when every element of the page's HTML can be found. */
export function whenParsed(fn: () => void): void {
  if (document.readyState != 'loading') fn()
  else document.addEventListener('DOMContentLoaded', fn, { once: true })
}
