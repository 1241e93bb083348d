import { type ConsentryConfig, fingerprint } from './config'
import { error } from './log'
import { siblingBundle } from './loader'
import type { Manager } from './manager'
import { type Entry, start } from './start'

const CONFIG_ID = 'consentry-config'
const lazy = siblingBundle(document.currentScript as HTMLScriptElement | null)

/**
 * How the script tag checks a config (with the JSON block's text, if any). The checker travels in
 * the lazy part, which a returning visitor never loads: a decision stored under this config's
 * fingerprint (and this SDK version) proves the config passed; any other config waits for the
 * checker, and nothing is granted meanwhile.
 */
const entry = (json?: string): Entry => ({
  check: input => lazy().then(l => l.checkConfig(input, json), (e: Error) => ['could not be checked: ' + e.message]),
  lazy,
  decisions: () => lazy().then(l => l.createDecisions),
  fingerprint: input => fingerprint(json ?? input, __VERSION__)
})

/** Starts from the JSON config block, if the page has one, so no inline script is needed. */
function autoInit(): boolean {
  const block = document.getElementById(CONFIG_ID)
  if (block) {
    const json = block.textContent || ''
    let config: ConsentryConfig
    try {
      config = JSON.parse(json)
    } catch (e) {
      error('invalid config: the JSON config block is not valid JSON: ' + (e as Error).message)
      return true
    }
    start(config, entry(json))
  }
  return !!block
}

const init = (config: ConsentryConfig): Manager => start(config, entry())
;(window as unknown as { Consentry: unknown }).Consentry = { init, version: __VERSION__ }
if (!autoInit() && document.readyState == 'loading') {
  document.addEventListener('DOMContentLoaded', autoInit, { once: true })
}
