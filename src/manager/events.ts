import type { Decision } from './types'

// The window events (SPEC 1.4, 1.8), typed for `addEventListener('consentry:change', e => e.detail)`.
// Its own module, which only the browser entry's types import, so `consentry/server` declares
// no DOM types.
declare global {
  interface WindowEventMap {
    /** Fired on `window` after every change of the decision; `detail` is the new decision (null after a reset). */
    'consentry:change': CustomEvent<Decision | null>
    /**
     * Fired on `window` before the page reloads because a category was granted whose hosts this
     * page's Content-Security-Policy refused (SPEC 1.8); `detail` lists those categories. Call
     * `preventDefault()` to keep the page, and reload or navigate when it suits the app: the new
     * grants reach what the policy blocked from the next page load on.
     */
    'consentry:reload': CustomEvent<string[]>
  }
}
