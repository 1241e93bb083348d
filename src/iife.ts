import { checkConfig, type ConsentryConfig, parseConfigJson } from './config'
import { error } from './log'
import { siblingBundle } from './loader'
import type { Manager } from './manager'
import { start } from './start'

const CONFIG_ID = 'consentry-config'
const loadBundle = siblingBundle(document.currentScript as HTMLScriptElement | null)

/** Starts Consentry with this config; the same `init` as the npm package, with the UI loaded on demand. */
function init(config: ConsentryConfig): Manager {
  return start(config, { check: checkConfig, loadUi: core => loadBundle().then(bundle => bundle._ui(core)) })
}

/** Starts from the JSON config block, if the page has one, so no inline script is needed. */
function autoInit(): boolean {
  const block = document.getElementById(CONFIG_ID)
  if (!block) return false
  const parsed = parseConfigJson(block.textContent || '')
  if (parsed.errors) for (const e of parsed.errors) error(`invalid config: ${e}`)
  else init(parsed.value as ConsentryConfig)
  return true
}

;(window as unknown as { Consentry: unknown }).Consentry = { init, version: __VERSION__ }
if (!autoInit() && document.readyState == 'loading') {
  document.addEventListener('DOMContentLoaded', autoInit, { once: true })
}
