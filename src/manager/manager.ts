import { atom } from 'nanostores'
import type { Config } from '../config'
import { error } from '../log'
import { heldByGpc } from '../signals'
import { uuid } from './ids'
import type { Core, DebugInfo, Decision, Manager, Method, Notice, Ui } from './types'

/** Where the manager gets what it does not own: the subject id and the UI. */
export interface ManagerDeps {
  /**
   * The decision read at start (null: none); a promise of it while the config is still being
   * checked; undefined, or a promise of undefined, when the config is invalid.
   */
  initial: Decision | null | undefined | Promise<Decision | null | undefined>
  /** The browser's subject id when no decision holds one. */
  subjectId(): string
  /** Loads the UI (every entry point brings one; tests that never show it may leave it out). */
  loadUi?: () => Promise<Ui>
}

const PENDING = 0
const READY = 1
const DEAD = 2
const NO_NOTICE: Notice = { hash: null, language: '', text: '' }

/**
 * Creates the manager: the only writer of the decision store. Until the config is known valid
 * every call waits and nothing is granted; with an invalid config every call is refused, safely.
 */
export function createManager(config: Config, deps: ManagerDeps): Core {
  const { initial } = deps
  const deciders: ((d: Decision) => void)[] = []
  const exposed: Record<string, () => unknown> = {}
  const pending = initial instanceof Promise
  let phase = pending ? PENDING : initial === undefined ? DEAD : READY
  const store = atom<Decision | null>(pending ? null : initial || null)
  let subject = store.get()?.subjectId

  const refuse = () => error('not running: the config is invalid (see above).')
  const announce = () => dispatchEvent(new CustomEvent('consentry:change', { detail: store.get() }))
  const ready = Promise.resolve(initial).then(decision => {
    if (decision === undefined) phase = DEAD
    else if (phase == PENDING) {
      phase = READY
      if (decision) {
        subject = decision.subjectId
        store.set(decision)
        announce()
      }
    }
    return phase == READY
  })
  const whenReady = (fn: () => void): void => {
    if (phase == READY) fn()
    else if (phase == DEAD) refuse()
    else void ready.then(ok => (ok ? fn : refuse)())
  }
  const category = (name: string) => config.categories.find(c => c.name == name)
  const granted = (name: string): boolean => {
    const c = category(name)
    return phase == READY && !!c && (c.required || store.get()?.categories[name] === true)
  }

  const decide = (method: Method, choose: (name: string) => boolean) => whenReady(() => {
    const categories: Record<string, boolean> = {}
    for (const c of config.categories) categories[c.name] = c.required || choose(c.name)
    const decision: Decision = {
      id: uuid(),
      subjectId: subject ||= deps.subjectId(),
      revision: config.revision,
      categories,
      method,
      timestamp: new Date().toISOString()
    }
    store.set(method == 'reset' ? null : decision)
    for (const fn of deciders) safely(fn, decision)
    announce()
  })

  const withUi = <T>(use: (ui: Ui) => T | Promise<T>, fallback: T): Promise<T> => phase == DEAD || !deps.loadUi
    ? Promise.resolve(fallback)
    : deps.loadUi().then(use, e => (error('the UI could not be loaded.', e), fallback))

  const manager: Manager = {
    get: () => store.get(),
    granted,
    acceptAll: () => decide('accept-all', name => !heldByGpc(config, category(name)!) || granted(name)),
    rejectAll: () => decide('reject-all', () => false),
    update(choices) {
      if (Object(choices) !== choices) return error('update() takes an object such as { analytics: true }')
      for (const name in choices) {
        if (typeof choices[name] != 'boolean' || !category(name)) {
          return error(`update(): "${name}" must be a category, set to true or false`)
        }
      }
      decide('custom', name => choices[name] ?? granted(name))
    },
    reset() {
      decide('reset', () => false)
      manager.showBanner()
    },
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
      const off = store.listen(() => {
        if (granted(name)) {
          off()
          safely(fn, 0)
        }
      })
      if (granted(name)) {
        off()
        safely(fn, 0)
      }
      return off
    },
    store,
    debug() {
      const info: DebugInfo = {}
      for (const part in exposed) info[part] = exposed[part]()
      return info
    }
  }

  return {
    config,
    manager,
    ready,
    onDecision: fn => void deciders.push(fn),
    expose: (part, snapshot) => void (exposed[part] = snapshot)
  }
}

function safely<T>(fn: (arg: T) => void, arg: T): void {
  try {
    fn(arg)
  } catch (e) {
    error('a consent listener threw:', e)
  }
}
