import { type ConsentryConfig, normalizeConfig } from '../config'
import { HOST_ID, shadowRoot, startFloatingButton } from '../floating'
import { startGate } from '../gate'
import { type Realm, startGuard, watchRealms } from '../guard'
import type { LoadLanguage } from '../i18n'
import { handOver, type LazyPart } from '../lazy'
import { error, warn } from '../log'
import { type Core, createCore, type Manager } from '../manager'
import { consentCookie, noticeClosed, type Read, readConsentCookie } from '../persist'
import { readSignals, startSignals } from '../signals'
import { startSync } from '../sync'
import { listenForPreferenceLinks } from './preference-links'
import { syncTabs } from './tabs'

export { inertManager } from './inert'

/** What an entry point (the script tag, the npm package) brings to `start`: how it loads the lazy files. */
export interface Entry {
  /** Loads the lazy part: the checker, the write side, the sync and the UI. */
  loadLazy(): Promise<LazyPart>
  /** Loads the built-in strings of a language other than English. */
  loadLanguage: LoadLanguage
  /** The JSON config block's text, when the config came from one. */
  json?: string
}

/** What a part of the core returns when it can be stopped. */
type Stop = void | (() => void)

/** The manager running on this page, until it is destroyed: one page runs one (SPEC 1.2). */
let running: Manager | undefined

/**
 * Starts Consentry on this page, step by step:
 * 1. read the config (an invalid one is read as far as it can be, so it still guards);
 * 2. read the signals (Global Privacy Control) and the stored decision, once;
 * 3. trust the config (a stored decision made under this exact config proves it passed) or load
 *    the checker;
 * 4. create the core, then start what every page runs: guard, signals, gate, sync, tab sync,
 *    floating button, preference links;
 * 5. show the banner if there is no decision, once the config is known valid.
 * A second call returns the first manager and warns; after `manager.destroy()` (which stops every
 * part started here) the next call starts afresh.
 */
export function start<K extends string>(input: ConsentryConfig<K>, entry: Entry): Manager<K> {
  if (running) {
    warn('init() was called again: this config is ignored, the first manager returned.')
    return running as unknown as Manager<K>
  }
  let loading: Promise<LazyPart> | undefined
  const loadLazy = () => loading ||= entry.loadLazy()
  const config = normalizeConfig(input as ConsentryConfig, entry.json)
  const signals = readSignals(config)
  const stored = readConsentCookie(config, signals)
  const stops: (() => void)[] = []
  const ended = new AbortController()
  const root = shadowRoot(config)
  const core = createCore(config, {
    signals,
    stored: stored?.decision ?? null,
    valid: trustOrCheck(input, { ...entry, loadLazy }, config.fingerprint, stored),
    // The one handover: the lazy part gets these and nothing else of the core. One that arrives
    // after destroy() is handed an aborted signal, so it mounts nothing and listens to nothing.
    connect: core => loadLazy().then(part => part.connect(handOver(core, {
      version: __VERSION__,
      cookie: consentCookie(config, signals.gpc),
      root,
      loadLanguage: entry.loadLanguage,
      ended: ended.signal
    }))),
    stop() {
      // Each part stops on its own, so one that throws does not keep the others running.
      for (const stop of stops.reverse()) attempt(stop, 'stop')
      ended.abort()
      document.getElementById(HOST_ID)?.remove()
      running = undefined
    }
  })
  core.expose('signals', () => signals)
  // The guard and the gate share one watcher of realms; it enters the window once both are in.
  const realms = watchRealms(window as Realm)
  const parts: ((core: Core) => Stop)[] = [
    core => startGuard(core, realms), startSignals, core => startGate(core, realms),
    startSync, syncTabs, listenForPreferenceLinks, core => startFloatingButton(core, root)
  ]
  for (const part of parts) {
    const stop = attempt(() => part(core), 'start')
    if (stop) stops.push(stop)
  }
  attempt(realms.start, 'start')
  void core.ready.then(ok => ok && !ended.signal.aborted && firstLayer(core, stored))
  return (running = core.manager) as unknown as Manager<K>
}

/**
 * What a page shows first, once the config is known valid: the banner when there is no decision.
 * In an opt-out jurisdiction a Global Privacy Control signal opts out by itself, recorded as a
 * `gpc` decision, and the notice then says the signal was honoured; a notice the visitor closed
 * stays closed for the rest of the session.
 */
function firstLayer(core: Core, stored: Read | null): void {
  const { signals, store, show } = core
  if (signals.model == 'opt-out' && signals.gpc && !stored?.underGpc) {
    void core.decide({ method: 'gpc', source: 'gpc' }).then(() => show('banner'))
  } else if (!store.get() && !(signals.model == 'opt-out' && noticeClosed())) show('banner')
}

/**
 * Whether the config is valid: at once when the stored decision was made under a config with the
 * same fingerprint (a returning visitor never loads the checker), else once the checker has run.
 * Each problem is logged; a checker that cannot load is reported as such, never as an invalid config.
 */
function trustOrCheck(input: unknown, entry: Entry, print: string, stored: Read | null): boolean | Promise<boolean> {
  if (print && stored?.fingerprint == print) return true
  return entry.loadLazy().then(part => {
    const { errors, warnings } = part.check(input, entry.json)
    for (const problem of errors) error('invalid config: ' + problem)
    for (const problem of warnings) warn(problem)
    return !errors.length
  }, (e: Error) => {
    error(`${e.message} Nothing that needs consent is released.`)
    return false
  })
}

/**
 * Starts or stops one part; a part that fails is reported and leaves the others running.
 * @returns what the part returns: its stop function, if it has one
 */
function attempt(fn: () => Stop, what: 'start' | 'stop'): Stop {
  try {
    return fn()
  } catch (e) {
    error(`a part could not ${what}:`, e)
  }
}
