import type { Decision } from './types'

// The window event of SPEC 1.4, typed for `addEventListener('consentry:change', e => e.detail)`.
// Its own module, which only the browser entry's types import, so `consentry/server` declares
// no DOM types.
declare global {
  interface WindowEventMap {
    /** Fired on `window` after every change of the decision; `detail` is the new decision (null after a reset). */
    'consentry:change': CustomEvent<Decision | null>
  }
}
