import { checkConfig, type ConsentryConfig, parseConfigJson } from './config'
import { error } from './log'
import { siblingBundle } from './loader'
import type { Manager } from './manager'
import { type Entry, start } from './start'

const CONFIG_ID = 'consentry-config'
const loadBundle = siblingBundle(document.currentScript as HTMLScriptElement | null)

/** How the script tag checks a config (with the JSON block's text, if any) and loads the UI. */
const entry = (json?: string): Entry => ({
  check: input => checkConfig(input, json),
  loadUi: core => loadBundle().then(bundle => bundle._ui(core))
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
