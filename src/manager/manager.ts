import { atom } from 'nanostores'
import type { Config } from '../config'
import { error } from '../log'
import type { Core, DebugInfo, Decision, Decisions, DecisionsFactory, Manager, Notice, Ui } from './types'

/** Where the manager gets what it does not own: the write side and the UI. */
export interface ManagerDeps {
  /**
   * The decision read at start (null: none); a promise of it while the config is still being
   * checked; undefined, or a promise of undefined, when the config is invalid.
   */
  initial: Decision | null | undefined | Promise<Decision | null | undefined>
  /**
   * The write side, which makes, stores and records decisions: at once (npm), or a promise of it
   * while the script tag loads it, since a returning visitor seldom decides again.
   */
  decisions?: () => DecisionsFactory | Promise<DecisionsFactory>
  /** Loads the UI (every entry point brings one; tests that never show it may leave it out). */
  loadUi?: () => Promise<Ui>
}

const PENDING = 0
const READY = 1
const DEAD = 2
const NO_NOTICE: Notice = { hash: null, language: '', text: '' }
const broken = (e: unknown) => error('the UI and decision code could not be loaded:', e)

/**
 * Creates the manager, which holds the decision store. Until the config is known valid every call
 * waits and nothing is granted; with an invalid config every call is refused, safely.
 */
export function createManager(config: Config, deps: ManagerDeps): Core {
  const { initial } = deps
  const exposed: Record<string, () => unknown> = {}
  const pending = initial instanceof Promise
  let phase = pending ? PENDING : initial === undefined ? DEAD : READY
  let made: Decisions | undefined
  const store = atom<Decision | null>(pending ? null : initial || null)

  const refuse = (after?: () => void) => {
    error('not running: the config is invalid (see above).')
    after?.()
  }
  const commit = (decision: Decision | null) => {
    store.set(decision)
    dispatchEvent(new CustomEvent('consentry:change', { detail: decision }))
  }
  const ready = Promise.resolve(initial).then(decision => {
    if (decision === undefined) phase = DEAD
    else if (phase == PENDING) {
      phase = READY
      if (decision) commit(decision)
    }
    return phase == READY
  })
  // `fn` runs once the config is known valid (at once when it is); a call refused for an invalid one still calls `after`.
  const whenReady = (fn: () => void, after?: () => void): void => {
    if (phase == READY) fn()
    else void ready.then(ok => ok ? fn() : refuse(after))
  }
  // What `granted()` says changes with the decision, and also when a config checked late turns out
  // valid with no decision to announce (its required categories are granted from then on).
  const watch = (fn: () => void) => {
    let on = true
    void ready.then(() => on && fn())
    const off = store.listen(fn)
    return () => {
      on = false
      off()
    }
  }
  const granted = (name: string): boolean => {
    const c = config.categories.find(c => c.name == name)
    return phase == READY && !!c && (c.required || store.get()?.categories[name] === true)
  }
  const decide = (use?: (d: Decisions) => void) => new Promise<void>(done => whenReady(() => {
    const run = (create?: DecisionsFactory) => {
      made ||= create!(core)
      done(use?.(made))
    }
    if (made) return run()
    const factory = deps.decisions!()
    if (factory instanceof Promise) factory.then(run, e => done(broken(e)))
    else run(factory)
  }, done))

  const withUi = <T>(use: (ui: Ui) => T | Promise<T>, fallback: T): Promise<T> => phase == DEAD || !deps.loadUi
    ? Promise.resolve(fallback)
    : deps.loadUi().then(use, e => (broken(e), fallback))

  const manager: Manager = {
    get: () => store.get(),
    granted,
    acceptAll: () => decide(d => d.acceptAll()),
    rejectAll: () => decide(d => d.rejectAll()),
    update: choices => decide(d => d.update(choices)),
    reset: () => decide(d => d.reset()),
    showBanner: () => whenReady(() => void withUi(ui => ui.showBanner(), undefined)),
    showPreferences: () => whenReady(() => void withUi(ui => ui.showPreferences(), undefined)),
    hide: () => void withUi(ui => ui.hide(), undefined),
    notice: () => withUi(ui => ui.notice(), NO_NOTICE),
    on(event, fn) {
      if (event == 'change' && typeof fn == 'function') return store.listen(d => safely(fn, d))
      error(`on("${String(event)}"): only on("change", fn) is supported`)
      return () => {}
    },
    onGranted(name, fn) {
      const run = () => granted(name) && (off(), safely(fn, 0))
      const off = watch(run)
      run()
      return off
    },
    store,
    debug() {
      const info: DebugInfo = {}
      for (const part in exposed) info[part] = exposed[part]()
      return info
    }
  }

  const core: Core = {
    config,
    manager,
    ready,
    commit,
    decide,
    watch,
    expose: (part, snapshot) => void (exposed[part] = snapshot)
  }
  return core
}

function safely<T>(fn: (arg: T) => void, arg: T): void {
  try {
    fn(arg)
  } catch (e) {
    error('a consent listener threw:', e)
  }
}
