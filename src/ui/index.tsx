import { render } from 'preact'
import { addStyles, LABELS_KEY, whenBody } from '../floating'
import { buildContent, type Content, noticeLayers } from './content'
import type { Handover } from '../lazy'
import type { Notice } from '../manager'
import { loadTexts, primaryOf } from '../i18n'
import type { WriteSide } from '../write'
import { App } from './app'
import { createNotice } from './notice'
import { UI_CSS } from './styles'

export { buildContent, noticeText } from './content'
export type { Action, Content, FirstLayers, Layer, Row } from './content'
export { safeUrl } from './safe-text'
export { createNotice, sha256 } from './notice'

/** Loads the strings of the language shown and builds both layers' texts from them. */
export function loadContent(h: Handover): Promise<Content> {
  return loadTexts(h.config, h.loadLanguage).then(t => buildContent(h.config, h.signals, t))
}

/**
 * Returns the notice of `content`: what banner and dialog say, and its hash, computed when first
 * asked for (a record waits for it), off the banner's first paint. It carries both layers' texts
 * too, so a site's own UI (`ui: false`) renders the very strings the hash proves.
 */
export function noticeOf(h: Handover, content: Promise<Content>): () => Promise<Notice> {
  let notice: Promise<Notice> | undefined
  const shown = { model: h.signals.model, ageGate: h.config.ageGate }
  return () => notice ||= content.then(async c => ({ ...await createNotice(c, shown), ...noticeLayers(c, shown) }))
}

/**
 * Starts the built-in UI: rendered with Preact into the shared shadow root the first time the
 * core's view shows something, and from then on whatever the view says; unmounted when the core
 * is destroyed. A headless config (`ui: false`) renders nothing: the site's own UI follows the view.
 */
export function startUi(h: Handover, content: Promise<Content>, write: WriteSide): void {
  if (!h.config.ui) return
  let mounted = false
  const mount = (c: Content) => whenBody(() => {
    if (h.ended.aborted) return
    const root = h.root()
    const host = root.host
    host.setAttribute('lang', c.language)
    host.setAttribute('dir', c.dir)
    addStyles(root, UI_CSS)
    rememberLabel(c)
    const box = document.createElement('div')
    root.append(box)
    render(<App h={h} content={c} write={write} />, box)
    h.ended.addEventListener('abort', () => {
      render(null, box)
      box.remove()
    })
  })
  h.view.subscribe(({ layer }) => {
    if (layer && !mounted) {
      mounted = true
      void content.then(mount)
    }
  })
}

/**
 * Keeps the floating button's label in this language, so the core shows it on later pages without
 * the UI. English needs no copy: the core has it (and the site's own labels), and leaving
 * localStorage unopened keeps its first read, which waits for the browser, out of the first visit.
 */
function rememberLabel({ language, settings }: Content): void {
  if (primaryOf(language) == 'en') return
  try {
    const labels = JSON.parse(localStorage.getItem(LABELS_KEY)!) || {}
    if (labels[language] != settings) localStorage.setItem(LABELS_KEY, JSON.stringify({ ...labels, [language]: settings }))
  } catch {}
}
