import type { ConsentryConfig } from './config'
import { siblingLoader } from './lazy'
import { error, warn } from './log'
import { denyConsentModeDefault } from './signals'
import type { Manager } from './manager'
import { type Entry, start } from './start'

/** The one global the SDK defines. */
interface Global {
  init(config: ConsentryConfig): Manager
  version: string
}

const CONFIG_ID = 'consentry-config'
const w = window as unknown as { Consentry?: Partial<Global> }

if (w.Consentry?.init) {
  // A second copy of the tag must not start a second guard and gate over the first.
  warn('consentry.min.js is on this page twice: this copy does nothing.')
} else {
  const load = siblingLoader(document.currentScript as HTMLScriptElement | null)
  const entry = (json?: string): Entry => ({
    json,
    loadLazy: () => load('consentry-ui.min.js'),
    loadLanguage: tag => load(`consentry-lang-${tag}.min.js`)
  })
  const init = (config: ConsentryConfig): Manager => start(config, entry())
  w.Consentry = Object.assign(w.Consentry || {}, { init, version: __VERSION__ })

  /** Starts from the JSON config block, if the page has one, so no inline script is needed. */
  const autoInit = (): boolean => {
    const block = document.getElementById(CONFIG_ID)
    if (!block) return false
    const json = block.textContent || ''
    let config: ConsentryConfig
    try {
      config = JSON.parse(json)
    } catch (e) {
      error('invalid config: the JSON config block is not valid JSON: ' + (e as Error).message)
      denyConsentModeDefault()
      return true
    }
    start(config, entry(json))
    return true
  }
  if (!autoInit() && document.readyState == 'loading') {
    document.addEventListener('DOMContentLoaded', autoInit, { once: true })
  }
}
