export { createWriteSide } from './write-side'
export type { Recorder, WriteSide } from './write-side'
export { uuid } from './ids'
export { subjectId } from './subject'
