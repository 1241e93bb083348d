import { type ConsentryConfig, fingerprint, parseConfigJson } from './config'
import { error } from './log'
import { siblingBundle } from './loader'
import type { Manager } from './manager'
import { type Entry, start } from './start'

const CONFIG_ID = 'consentry-config'
const lazy = siblingBundle(document.currentScript as HTMLScriptElement | null)

const CHECKED = 'consentry.config'

/**
 * How the script tag checks a config (with the JSON block's text, if any). The checker travels in
 * the lazy part, which a returning visitor never loads: a config this browser has seen pass (same
 * fingerprint, same SDK version) is trusted at once; any other waits for the checker, and nothing
 * is granted meanwhile.
 */
const entry = (json?: string): Entry => ({
  check(input) {
    const print = fingerprint(json ?? input, __VERSION__)
    try {
      if (localStorage.getItem(CHECKED) == print) return []
    } catch {}
    return lazy().then(l => {
      const errors = l.checkConfig(input, json)
      try {
        if (!errors.length) localStorage.setItem(CHECKED, print)
      } catch {}
      return errors
    }, (e: Error) => [`could not be checked, so nothing is granted: ${e.message}`])
  },
  lazy
})

/** Starts Consentry with this config; the same `init` as the npm package, with the UI loaded on demand. */
function init(config: ConsentryConfig): Manager {
  return start(config, entry())
}

/** Starts from the JSON config block, if the page has one, so no inline script is needed. */
function autoInit(): boolean {
  const block = document.getElementById(CONFIG_ID)
  if (!block) return false
  const json = block.textContent || ''
  const parsed = parseConfigJson(json)
  if (parsed.error) error(`invalid config: ${parsed.error}`)
  else start(parsed.value as ConsentryConfig, entry(json))
  return true
}

;(window as unknown as { Consentry: unknown }).Consentry = { init, version: __VERSION__ }
if (!autoInit() && document.readyState == 'loading') {
  document.addEventListener('DOMContentLoaded', autoInit, { once: true })
}
