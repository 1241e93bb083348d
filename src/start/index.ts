import { type ConsentryConfig, normalizeConfig } from '../config'
import { startGate } from '../gate'
import { startGuard } from '../guard'
import { error, warn } from '../log'
import { type Core, createManager, type DecisionsFactory, type Manager, type Ui } from '../manager'
import { readStored } from '../persist'
import { startSignals } from '../signals'
import { startSync } from '../sync'
import type { Lazy } from '../loader'
import { listenForPreferenceLinks } from './hooks'

/** Checks a config and returns its problems: at once (npm), or once the checker has loaded (script tag). */
export type ConfigCheck = (input: unknown) => string[] | Promise<string[]>

/** What an entry point brings to `start`. */
export interface Entry {
  /** Checks the config before anything is granted. */
  check: ConfigCheck
  /** Loads the lazy part (UI, write side) on demand. */
  lazy: () => Promise<Lazy>
  /** The write side: at once (npm), or a promise of it (script tag). */
  decisions: () => DecisionsFactory | Promise<DecisionsFactory>
  /**
   * Fingerprints the config (script tag): a decision stored under the same fingerprint proves
   * this config already passed the check, so a returning visitor skips loading the checker.
   */
  fingerprint?: (input: unknown) => string
}

let running: Manager | undefined

/** The manager of an invalid config: every call is safe, refused with a message, and grants nothing. */
const inert = () => createManager(normalizeConfig({ categories: {} }), { initial: undefined }).manager

/**
 * Checks the config, reads the stored decision and starts every listener. While an asynchronous
 * check is under way the listeners already hold everything, and nothing is granted; an invalid
 * config leaves everything held and the manager refusing. A second call returns the first manager.
 */
export function start(input: ConsentryConfig, { check, lazy, decisions, fingerprint }: Entry): Manager {
  if (running) {
    warn('init() was called again: this config is ignored, the first manager returned.')
    return running
  }
  const valid = (errors: string[]) => {
    for (const e of errors) error('invalid config: ' + e)
    return !errors.length
  }
  // Without a fingerprint the check runs first, so a config too broken to read is still explained.
  let checked = fingerprint ? [] : check(input)
  try {
    if (Array.isArray(checked) && !valid(checked)) return inert()
    const config = normalizeConfig(input, fingerprint?.(input))
    const { decision, print } = readStored(config)
    if (config.fingerprint && print != config.fingerprint) checked = check(input)
    let ui: Promise<Ui> | undefined
    const core: Core = createManager(config, {
      initial: Array.isArray(checked) ? decision : checked.then(e => valid(e) ? decision : undefined),
      decisions,
      // The write side comes with the UI, so a click in the banner decides at once.
      loadUi: () => ui ||= lazy().then(l => (core.decide(), l.createUi(core)))
    })
    const { manager } = core
    startGuard(core)
    startSignals(core)
    startSync(core)
    listenForPreferenceLinks(manager)
    startGate(core)
    const banner = (ok: boolean) => ok && !manager.get() && manager.showBanner()
    if (Array.isArray(checked)) banner(true)
    else void core.ready.then(banner)
    return (running = manager)
  } catch (e) {
    // A config too broken to read is explained by its check; anything else is a bug worth showing.
    void Promise.resolve(fingerprint && Array.isArray(checked) ? check(input) : checked)
      .then(errors => valid(errors) && error('could not start, so nothing is released:', e))
    return inert()
  }
}
