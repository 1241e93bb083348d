/**
 * The seam between the core and the lazy part. This face is the core's side: the types of the
 * handover and the loader of sibling files. The lazy part itself is `./part`, which only the
 * entry points load (by `import()` for npm, as `consentry-ui.min.js` for the script tag).
 */
export { handOver } from './handover'
export { registerFile, siblingLoader } from './sibling'
export type { Handover, Lazy, LazyPart } from './types'
