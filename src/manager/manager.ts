import { atom } from 'nanostores'
import type { Config } from '../config'
import type { Lazy } from '../lazy'
import { error } from '../log'
import { grantsFor, type Signals } from '../signals'
import type { Core, DecisionRequest, View } from './core'
import type { DecideOptions, Decision, DebugInfo, Layer, Manager, Notice, Source } from './types'

/** What the core is started with, besides the config. */
export interface CoreOptions {
  /** The signals read once at start. */
  signals: Signals
  /** The decision read from the consent cookie, or null. It takes effect once the config is valid. */
  stored: Decision | null
  /** Whether the config is valid: `true` when known at once, else a promise of the check's outcome. */
  valid: boolean | Promise<boolean>
  /** Loads the lazy part and hands it the core; called once, when first needed. */
  connect(core: Core): Promise<Lazy>
  /** Stops every part the core was started with; `manager.destroy()` calls it once. */
  stop?(): void
}

const NO_NOTICE: Notice = { hash: null, language: '', text: '' }

/**
 * Creates the core: the decision, what it grants and what is shown, as nanostores stores, and the
 * manager over them. Required categories are granted from the first moment; every other grant
 * waits until the config is known valid. A config found invalid (or a lazy part that cannot
 * load) leaves the manager refusing every call, safely, with a message.
 */
export function createCore(config: Config, options: CoreOptions): Core {
  const store = atom<Decision | null>(null)
  const grants = atom<Record<string, boolean>>(grantsNow(config, options.signals, null, false))
  const view = atom<View>({ layer: null })
  const exposed: Record<string, () => unknown> = {}
  // Whether the config is valid: undefined while the check is under way.
  let running: boolean | undefined = options.valid === true || undefined
  let destroyed = false
  let connected: Lazy | undefined
  let connecting: Promise<Lazy> | undefined

  // The grants change before the decision is announced, so whoever hears of a new decision reads
  // what it grants; a listener of the grants sees them only.
  // A destroyed core changes no more: what a part still running late (a write in flight) commits is dropped.
  const commit = (decision: Decision | null) => {
    if (destroyed) return
    setGrants(decision)
    store.set(decision)
    if (decision && view.get().layer == 'banner') view.set({ layer: null })
    dispatchEvent(new CustomEvent('consentry:change', { detail: decision }))
  }
  const setGrants = (decision: Decision | null) => {
    const now = grantsNow(config, options.signals, decision, !!running)
    if (config.categories.some(c => now[c.name] != grants.get()[c.name])) grants.set(now)
  }

  // A config known valid at once takes the stored decision as it is; a config checked later
  // announces it, since listeners have started by then.
  if (running) {
    setGrants(options.stored)
    store.set(options.stored)
  }
  const ready = running ? Promise.resolve(true) : Promise.resolve(options.valid).then(valid => {
    running = valid
    if (valid) {
      if (options.stored) commit(options.stored)
      else setGrants(null)
    }
    return valid
  })

  /**
   * Runs `fn` once the config is known valid: at once when it is; refused with a message when not.
   * A destroyed manager refuses silently, like the inert manager of a server render.
   */
  const whenRunning = <T>(fn: () => T | Promise<T>, fallback: T): Promise<T> => {
    if (running && !destroyed) return Promise.resolve(fn())
    return ready.then(ok => {
      if (destroyed) return fallback
      if (ok) return fn()
      error('not running: see the error above.')
      return fallback
    })
  }

  // A lazy part that cannot load or start is reported here, once; the calls that needed it then
  // give up quietly. A destroyed core loads nothing more.
  const lazy = () => destroyed ? Promise.reject(new Error('destroyed')) : connecting ||= options.connect(core).then(l => (connected = l), e => {
    error((e as Error).message || String(e))
    throw e
  })
  const quietly = () => {}

  const decide = (request: DecisionRequest): Promise<void> => whenRunning(() => {
    // Once the write side is here a decision takes effect at once, in the caller's task.
    if (connected) return connected.decide(request)
    return lazy().then(l => l.decide(request), quietly)
  }, undefined)

  const show = (layer: Layer, origin?: View['origin']) => void whenRunning(() => {
    view.set({ layer, origin })
    if (layer) return lazy().then(quietly, quietly)
  }, undefined)

  const granted = (name: string) => grants.get()[name] === true

  const manager: Manager = {
    get: () => store.get(),
    granted,
    acceptAll: options => decide({ method: 'accept-all', source: sourceOf(options) }),
    rejectAll: options => decide({ method: 'reject-all', source: sourceOf(options) }),
    update: (choices, options) => decide({ method: 'custom', choices: choices as Record<string, boolean>, source: sourceOf(options) }),
    reset: () => decide({ method: 'reset', source: 'api' }).then(() => show('banner')),
    showBanner: () => show('banner'),
    showPreferences: () => show('preferences'),
    hide: () => view.set({ layer: null }),
    on(event: 'change' | 'ui', listener: (value: never) => void) {
      const fn = listener as (value: Decision | Layer) => void
      if (typeof fn != 'function') return invalidListener(event)
      if (event == 'change') return store.listen(decision => safely(fn, decision))
      if (event == 'ui') {
        let last: Layer | undefined
        return view.subscribe(({ layer }) => {
          if (layer !== last) safely(fn, last = layer)
        })
      }
      return invalidListener(event)
    },
    onGranted(name, fn) {
      if (granted(name)) {
        safely(fn, undefined)
        return () => {}
      }
      const off = grants.listen(now => {
        if (now[name]) {
          off()
          safely(fn, undefined)
        }
      })
      return off
    },
    notice: () => whenRunning(() => lazy().then(l => l.notice(), () => NO_NOTICE), NO_NOTICE),
    store,
    grants,
    destroy() {
      if (destroyed) return
      destroyed = true
      options.stop?.()
    },
    debug() {
      const info: DebugInfo = {}
      for (const part in exposed) info[part] = exposed[part]()
      return info
    }
  }

  const core: Core = {
    config,
    signals: options.signals,
    manager,
    store,
    grants,
    view,
    ready,
    granted,
    commit,
    decide,
    show,
    lazy,
    expose: (part, snapshot) => void (exposed[part] = snapshot)
  }
  return core
}

/** What each category is granted: until the config is known valid, the required ones only. */
function grantsNow(config: Config, signals: Signals, decision: Decision | null, valid: boolean): Record<string, boolean> {
  return valid ? grantsFor(config, signals, decision) : Object.fromEntries(config.categories.map(c => [c.name, c.required]))
}

/** Where a page script's call says its visitor decided; the write side (lazy) refuses a source that is none, as it refuses a malformed update(). */
const sourceOf = (options?: DecideOptions): Source => options?.source || 'api'

function invalidListener(event: unknown): () => void {
  error(`on(${JSON.stringify(event)}, fn): the events are "change" and "ui", and fn must be a function`)
  return () => {}
}

function safely<T>(fn: (arg: T) => void, arg: T): void {
  try {
    fn(arg)
  } catch (e) {
    error('a consent listener threw:', e)
  }
}
