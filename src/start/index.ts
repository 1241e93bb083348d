import { type ConsentryConfig, validateConfig } from '../config'
import { error, warn } from '../log'
import { type Core, createInertManager, createManager, type Manager, type Ui } from '../manager'
import { readConsentCookie, startPersist, subjectId } from '../persist'
import { startSignals } from '../signals'
import { listenForPreferenceLinks } from './hooks'

/** Builds the UI for a running core; each entry point brings its own way of loading it. */
export type UiLoader = (core: Core) => Promise<Ui>

let running: Manager | undefined

/**
 * Validates the config, reads the stored decision and starts every listener.
 * A second call returns the first manager; an invalid config returns a manager that grants nothing.
 */
export function start(input: ConsentryConfig, loadUi?: UiLoader): Manager {
  if (running) {
    warn('init() was called again; the first manager is returned and the new config is ignored.')
    return running
  }
  try {
    const { config, errors } = validateConfig(input)
    if (errors) {
      for (const e of errors) error(`invalid config: ${e}`)
      return createInertManager()
    }
    let ui: Promise<Ui> | undefined
    const core: Core = createManager(config, {
      initial: readConsentCookie(config),
      subjectId,
      loadUi: loadUi && (() => ui || (ui = loadUi(core)))
    })
    const { manager } = core
    startSignals(core)
    startPersist(core)
    listenForPreferenceLinks(manager)
    if (!manager.get()) manager.showBanner()
    return (running = manager)
  } catch (e) {
    error('could not start; nothing that needs consent is released.', e)
    return createInertManager()
  }
}
