import type * as LazyModule from '../lazy'

/** The lazily loaded part: the UI, the delivery of records and the config checker. */
export type Lazy = typeof LazyModule

/**
 * Returns a function that loads the lazy part once, from the file `consentry-ui.min.js` beside
 * `coreScript`, so a page writes one script tag and a returning visitor never downloads it. The
 * injected tag carries the core tag's nonce, so a nonce-based Content-Security-Policy allows it.
 */
export function siblingBundle(coreScript: HTMLScriptElement | null): () => Promise<Lazy> {
  const src = (coreScript && coreScript.src || '').replace(/[^/?#]*([?#].*)?$/, 'consentry-ui.min.js')
  const nonce = coreScript && coreScript.nonce
  let loading: Promise<Lazy> | undefined
  return () => loading || (loading = new Promise((resolve, reject) => {
    const global = window as unknown as { Consentry: { _lazy?: Lazy } }
    const done = () => global.Consentry._lazy ? resolve(global.Consentry._lazy) : reject(new Error(`${src} did not load`))
    if (global.Consentry._lazy) return done()
    const tag = document.createElement('script')
    tag.src = src
    if (nonce) tag.nonce = nonce
    tag.onload = tag.onerror = done
    document.head.appendChild(tag)
  }))
}
