import * as part from './part'
import { registerFile } from './sibling'

// The script-tag build of the lazy part, `consentry-ui.min.js`: its one effect is to hand itself
// to the core that loaded it (see `siblingLoader`).
registerFile('consentry-ui.min.js', part)
