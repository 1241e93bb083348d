import { checkConfig } from '../config'
import { createUi } from './create'

// The UI bundle's only effect: hand the UI and the config checker to the core that loaded it (src/loader).
const w = window as unknown as { Consentry?: Record<string, unknown> }
Object.assign(w.Consentry || (w.Consentry = {}), { _ui: createUi, _check: checkConfig })
