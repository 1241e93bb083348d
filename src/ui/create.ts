import type { Core, Notice, Ui } from '../manager'
import { loadTexts } from '../i18n'
import { type Action, buildContent } from './content'
import { type Child, h, render } from './dom'
import { createNotice } from './notice'
import { applyStyles } from './styles'
import { Banner, Prefs } from './views'

/** Id of the host element, for theming: `#consentry-root { --consentry-accent: … }`. */
export const HOST_ID = 'consentry-root'

/** The element that has focus, looking inside shadow roots. */
function active(): HTMLElement | null {
  let el = document.activeElement as HTMLElement | null
  while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement as HTMLElement
  return el
}

/**
 * Builds the banner and preferences dialog for a running core. It talks to the manager's public
 * API only, and renders nothing until asked. The notice is hashed when first asked for (a record
 * of a decision waits for it), which keeps its text and hash off the banner's first paint.
 */
export function createUi(core: Core): Ui {
  const { config, manager } = core
  const content = buildContent(config, loadTexts(config))
  let notice: Promise<Notice> | undefined
  let banner = false
  let prefs = false
  let choices: Record<string, boolean> = {}
  let opener: HTMLElement | null = null
  let host: HTMLElement | undefined
  let box: HTMLElement
  // Banner and floating button are built once and kept, so an opener stays connected for focus to return to.
  let first: HTMLElement | undefined
  let fab: HTMLElement | undefined
  let dialog: Child

  const mount = () => {
    host = h('consentry-ui', { id: HOST_ID, lang: content.language })
    const root = host.attachShadow({ mode: 'open' })
    applyStyles(root)
    root.append(box = h('div'))
    document.body.append(host)
    // A modal dialog keeps focus: a click on the backdrop or page must not let Tab wander off,
    // and Escape still closes it from there.
    document.addEventListener('focusin', () => { if (prefs && document.activeElement != host) focusIn() })
    document.addEventListener('keydown', e => { if (prefs && e.key == 'Escape' && document.activeElement != host) close() })
  }

  const find = (selector: string) => box.querySelector<HTMLElement>(selector)
  const focusIn = () => { (find('.p .s:not(:disabled)') || find('.p .n'))!.focus() }
  const back = () => {
    const to = opener && opener.isConnected ? opener : find('.b .n') || find('.f')
    if (to) to.focus()
  }

  const draw = () => {
    if (!host) {
      if (!document.body) return void document.addEventListener('DOMContentLoaded', draw, { once: true })
      mount()
    }
    if (banner) (first ||= Banner({ layer: content.banner, layout: config.ui?.layout || 'bar', act })).hidden = prefs
    render([
      banner && first,
      prefs && dialog,
      config.ui?.floatingButton && !!manager.get() && !banner && !prefs &&
        (fab ||= h('button', { type: 'button', class: 'n f', 'aria-haspopup': 'dialog', onClick: () => open() }, content.settings))
    ], box)
  }

  const open = (from?: HTMLElement | null) => {
    if (!prefs) opener = from || active()
    const decision = manager.get()
    choices = {}
    for (const c of config.categories) choices[c.name] = c.required || !!decision && decision.categories[c.name] === true
    prefs = true
    dialog = Prefs({ layer: content.prefs, choices, act, flip, close, keys })
    draw()
    if (host) focusIn()
  }

  // Closing without a decision goes back to the banner; after one (an action) it closes everything.
  const close = () => {
    prefs = false
    banner = !manager.get()
    draw()
    back()
  }

  function act(action: Action, from: HTMLElement) {
    if (action == 'manage') return open(from)
    if (action == 'accept') manager.acceptAll()
    else if (action == 'reject') manager.rejectAll()
    else manager.update(Object.fromEntries(config.categories.filter(c => !c.required).map(c => [c.name, choices[c.name]])))
    close()
  }

  function flip(name: string) {
    return choices[name] = !choices[name]
  }

  function keys(e: KeyboardEvent) {
    if (e.key == 'Escape') {
      e.preventDefault()
      return close()
    }
    if (e.key != 'Tab') return
    const all = Array.from((e.currentTarget as HTMLElement).querySelectorAll<HTMLElement>('a[href],button:not([disabled])'))
    const at = all.indexOf(active()!)
    const to = e.shiftKey ? (at <= 0 ? all.length - 1 : -1) : (at == all.length - 1 ? 0 : -1)
    if (to >= 0) {
      e.preventDefault()
      all[to].focus()
    }
  }

  manager.on('change', decision => {
    if (decision) banner = false
    if (host) draw()
  })

  return {
    showBanner() {
      banner = true
      draw()
    },
    showPreferences: () => open(),
    hide() {
      banner = prefs = false
      draw()
    },
    notice: () => notice ||= createNotice(content)
  }
}
