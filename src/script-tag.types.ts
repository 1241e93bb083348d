// The types of `consentry/consentry.min.js`: the one global the script-tag bundle defines. The
// build keeps `./index.js` as an import, so the declarations are the npm build's own.
import type { init, version } from './index.js'

/** What `consentry.min.js` defines on `window`: the same `init` as the npm build's. */
export interface ConsentryGlobal {
  /** See `init` of `consentry`. */
  init: typeof init
  /** The version of the script-tag bundle. */
  version: typeof version
}

declare global {
  interface Window {
    /** Consentry, once `consentry.min.js` has run. */
    Consentry?: ConsentryGlobal
  }
}
