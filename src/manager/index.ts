export { createManager } from './manager'
export type { ManagerDeps } from './manager'
export { uuid } from './ids'
export type { Core, DebugInfo, Decision, Manager, Method, Notice, Ui } from './types'
