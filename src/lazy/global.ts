import * as lazy from './index'

// The script-tag build of the lazy part (consentry-ui.min.js). Its only effect: hand itself to
// the core that loaded it (src/loader), as the one property `Consentry._lazy`.
const w = window as unknown as { Consentry?: Record<string, unknown> }
;(w.Consentry || (w.Consentry = {}))._lazy = lazy
