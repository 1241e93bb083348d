import type { Core, Ui } from '../manager'

/** What the UI bundle (`consentry-ui.min.js`) adds to `window.Consentry` when it runs. */
export interface UiBundle {
  /** Builds the UI for a running core. */
  _ui: (core: Core) => Ui
  /** Checks a config and returns its problems, each naming its key. */
  _check: (input: unknown, json?: string) => string[]
}

/**
 * Returns a function that loads the UI bundle once, from the folder `coreScript` came from, so a
 * page writes one script tag and a returning visitor never downloads it. The injected tag carries
 * the core tag's nonce, so a nonce-based Content-Security-Policy allows it too.
 */
export function siblingBundle(coreScript: HTMLScriptElement | null): () => Promise<UiBundle> {
  const src = (coreScript && coreScript.src || '').replace(/[^/?#]*([?#].*)?$/, 'consentry-ui.min.js')
  const nonce = coreScript && coreScript.nonce
  let loading: Promise<UiBundle> | undefined
  return () => loading || (loading = new Promise((resolve, reject) => {
    const global = window as unknown as { Consentry: Partial<UiBundle> }
    const done = () => global.Consentry._ui ? resolve(global.Consentry as UiBundle) : reject(new Error(`${src} did not load`))
    if (global.Consentry._ui) return done()
    const tag = document.createElement('script')
    tag.src = src
    if (nonce) tag.nonce = nonce
    tag.onload = tag.onerror = done
    document.head.appendChild(tag)
  }))
}
