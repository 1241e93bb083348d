export { createDecisions } from './decisions'
export { uuid } from './ids'
export { subjectId } from './subject'
