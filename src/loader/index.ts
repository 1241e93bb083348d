import type { Core, Ui } from '../manager'

/** What the UI bundle (`consentry-ui.min.js`) puts on `window.Consentry` when it runs. */
export interface UiBundle {
  /** Builds the UI for a running core. */
  _ui?: (core: Core) => Ui
}

/**
 * Returns a loader that fetches the UI bundle from the folder `coreSrc` came from, so a page
 * writes one script tag and a returning visitor never downloads the UI. The injected tag carries
 * the core tag's nonce, so a nonce-based Content-Security-Policy allows it too.
 */
export function siblingUiLoader(coreScript: HTMLScriptElement | null): (core: Core) => Promise<Ui> {
  const src = coreScript && coreScript.src ? coreScript.src.replace(/[^/?#]*([?#].*)?$/, 'consentry-ui.min.js') : 'consentry-ui.min.js'
  const nonce = coreScript && coreScript.nonce
  return core => new Promise((resolve, reject) => {
    const bundle = (window as unknown as { Consentry: UiBundle }).Consentry
    if (bundle._ui) return resolve(bundle._ui(core))
    const tag = document.createElement('script')
    tag.src = src
    tag.async = true
    if (nonce) tag.nonce = nonce
    tag.onload = () => bundle._ui ? resolve(bundle._ui(core)) : reject(new Error(`${src} did not register the UI`))
    tag.onerror = () => reject(new Error(`could not load ${src}`))
    document.head.appendChild(tag)
  })
}
