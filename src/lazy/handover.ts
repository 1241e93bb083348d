import type { Core } from '../manager'
import type { Handover } from './types'

/** What the handover adds to the core's own state. */
export type Extras = Omit<Handover, keyof Core>

/** The handover: the parts of the core the lazy part may use, named one by one, and the extras. */
export function handOver(core: Core, extras: Extras): Handover {
  const { config, signals, store, grants, view, granted, commit, show, expose } = core
  return { config, signals, store, grants, view, granted, commit, show, expose, ...extras }
}
