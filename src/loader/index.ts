import type * as LazyModule from '../lazy'

/** The lazily loaded part: the UI, the write side and the config checker. */
export type Lazy = typeof LazyModule

/**
 * Returns a function that loads the lazy part once, from the file `consentry-ui.min.js` beside
 * `coreScript`, so a page writes one script tag and a returning visitor never downloads it. The
 * injected tag carries the core tag's nonce, so a nonce-based Content-Security-Policy allows it.
 */
export function siblingBundle(coreScript: HTMLScriptElement | null): () => Promise<Lazy> {
  const src = (coreScript?.src || '').replace(/[^/?#]*([?#].*)?$/, 'consentry-ui.min.js')
  let loading: Promise<Lazy> | undefined
  return () => loading || (loading = new Promise((resolve, reject) => {
    // The lazy part hands itself over as `Consentry._lazy` when it runs.
    const done = () => {
      const lazy = (window as unknown as { Consentry: { _lazy?: Lazy } }).Consentry._lazy
      lazy ? resolve(lazy) : reject(new Error(src)) // names the file that did not load
    }
    const tag = document.createElement('script')
    tag.src = src
    tag.nonce = coreScript?.nonce || ''
    tag.onload = tag.onerror = done
    document.head.appendChild(tag)
  }))
}
