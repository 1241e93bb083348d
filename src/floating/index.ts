import type { Core } from '../manager'
import { whenParsed } from './host'
import { floatingLabel } from './label'

export { addStyles, HOST_ID, shadowRoot, whenBody, whenParsed } from './host'
export { LABELS_KEY } from './label'
export { css } from './styles'

/**
 * Shows the small "Privacy settings" button once a decision exists (in an opt-out jurisdiction,
 * always), so withdrawing is never
 * harder than consenting (SPEC 2), and opens the preferences dialog on click. It lives in the
 * core, a plain button and a few lines of CSS, because a returning visitor must not download
 * the UI for it. With `floatingButton: 'auto'` a page with its own `data-consentry="preferences"`
 * element gets none. It hides while the banner shows, and stays under the dialog it opened, so
 * focus can return to it. A headless page (`ui: false`) gets none: its own UI offers the way back.
 * @returns a function that removes the button and stops watching
 */
export function startFloatingButton({ config, signals, store, view, show }: Core, root: () => ShadowRoot): () => void {
  const mode = config.ui && config.ui.floatingButton
  let button: HTMLButtonElement | undefined
  let stopped = false
  const unlisten: (() => void)[] = []
  const stop = () => {
    stopped = true
    for (const off of unlisten) off()
    button?.remove()
  }
  if (!mode) return stop

  const create = () => {
    const b = document.createElement('button')
    b.type = 'button'
    b.className = 'floating'
    b.setAttribute('part', 'floating-button')
    b.setAttribute('aria-haspopup', 'dialog')
    b.textContent = floatingLabel(config)
    b.addEventListener('click', () => show('preferences', 'floating'))
    root().append(b)
    return b
  }
  const update = () => {
    const ownLink = mode == 'auto' && document.querySelector('[data-consentry="preferences"]')
    // Where the model is opt-out the defaults are in force before any decision, so the way to opt out is always there.
    const wanted = (!!store.get() || signals.model == 'opt-out') && view.get().layer != 'banner' && !ownLink
    if (wanted) button ||= create()
    if (button) button.hidden = !wanted
  }
  // The page's own link may come late in its HTML: look once it is parsed.
  whenParsed(() => {
    if (stopped) return
    update()
    unlisten.push(store.listen(update), view.listen(update))
  })
  return stop
}
