import { atom } from 'nanostores'
import type { Config } from '../config'
import { debug, error, warn } from '../log'
import { refuse } from './inert'
import { heldByGpc } from '../signals'
import { uuid } from './ids'
import type { Core, DebugInfo, Decision, Manager, Method, Notice, Ui } from './types'

/** Where the manager gets what it does not own: the subject id and the UI. */
export interface ManagerDeps {
  /**
   * The decision read at start (null: none), or a promise of it while the config is still being
   * checked, resolving to undefined when the config turns out invalid.
   */
  initial: Decision | null | Promise<Decision | null | undefined>
  /** The browser's subject id when no decision holds one. */
  subjectId(): string
  /** Loads the UI; absent when no UI is bundled. */
  loadUi?: () => Promise<Ui>
}

/** Creates the manager: the only writer of the decision store. */
export function createManager(config: Config, deps: ManagerDeps): Core {
  const { initial } = deps
  const deciders: ((d: Decision) => void)[] = []
  const exposed: Record<string, () => unknown> = {}
  let phase = initial instanceof Promise ? PENDING : READY
  const store = atom<Decision | null>(initial instanceof Promise ? null : initial)
  let subject = store.get()?.subjectId

  const announce = () => {
    if (typeof window != 'undefined') window.dispatchEvent(new CustomEvent('consentry:change', { detail: store.get() }))
  }
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
  /** Runs `fn` once the config is known to be valid; until then calls wait, and an invalid config refuses them. */
  const whenReady = (fn: () => void): void => {
    if (phase == READY) fn()
    else if (phase == DEAD) refuse()
    else void ready.then(ok => (ok ? fn : refuse)())
  }

  const granted = (name: string): boolean => {
    const category = config.categories.find(c => c.name == name)
    return phase == READY && !!category && (category.required || store.get()?.categories[name] === true)
  }

  const decide = (method: Method, choose: (name: string) => boolean): void => whenReady(() => {
    const categories: Record<string, boolean> = {}
    for (const c of config.categories) categories[c.name] = c.required || choose(c.name)
    const decision: Decision = {
      id: uuid(),
      subjectId: subject || (subject = deps.subjectId()),
      revision: config.revision,
      categories,
      method,
      timestamp: new Date().toISOString()
    }
    store.set(method == 'reset' ? null : decision)
    for (const fn of deciders.slice()) safely(fn, decision)
    announce()
  })

  const withUi = <T>(use: (ui: Ui) => T | Promise<T>, fallback: T): Promise<T> => {
    if (phase == DEAD) return Promise.resolve(fallback)
    if (!deps.loadUi) {
      warn('no UI is loaded: showBanner, showPreferences, hide and notice do nothing.')
      return Promise.resolve(fallback)
    }
    return deps.loadUi().then(use, e => {
      error('the UI could not be loaded.', e)
      return fallback
    })
  }

  const manager: Manager = {
    get: () => store.get(),
    granted,
    acceptAll: () => decide('accept-all', name => {
      const category = config.categories.find(c => c.name == name)!
      return heldByGpc(config, category) ? granted(name) : true
    }),
    rejectAll: () => decide('reject-all', () => false),
    update(choices) {
      if (typeof choices != 'object' || choices === null) return error('update() takes an object such as { analytics: true }')
      for (const name in choices) {
        if (!config.categories.some(c => c.name == name)) return error(`update(): "${name}" is not a category`)
        if (typeof choices[name] != 'boolean') return error(`update(): "${name}" must be true or false`)
      }
      decide('custom', name => choices[name] ?? granted(name))
    },
    reset: () => {
      decide('reset', () => false)
      manager.showBanner()
    },
    showBanner: () => whenReady(() => void withUi(ui => ui.showBanner(), undefined)),
    showPreferences: () => whenReady(() => void withUi(ui => ui.showPreferences(), undefined)),
    hide: () => void withUi(ui => ui.hide(), undefined),
    notice: () => withUi<Notice>(ui => ui.notice(), { hash: null, language: '', text: '' }),
    on(event, fn) {
      if (event != 'change' || typeof fn != 'function') {
        error(`on("${String(event)}"): only on("change", fn) is supported`)
        return () => {}
      }
      return store.listen(d => safely(fn, d))
    },
    onGranted(name, fn) {
      if (!config.categories.some(c => c.name == name)) debug(`onGranted("${name}"): not a category; fn will never run`)
      if (granted(name)) {
        safely(fn, undefined)
        return () => {}
      }
      const off = store.listen(() => {
        if (granted(name)) {
          off()
          safely(fn, undefined)
        }
      })
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
    onDecision(fn) {
      deciders.push(fn)
      return () => void deciders.splice(deciders.indexOf(fn) >>> 0, 1)
    },
    expose(part, snapshot) {
      exposed[part] = snapshot
    }
  }
}

const PENDING = 0
const READY = 1
const DEAD = 2

function safely<T>(fn: (arg: T) => void, arg: T): void {
  try {
    fn(arg)
  } catch (e) {
    error('a consent listener threw:', e)
  }
}
