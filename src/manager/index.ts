export { createManager } from './manager'
export type { ManagerDeps } from './manager'
export type { Core, DebugInfo, Decision, Decisions, DecisionsFactory, Manager, Method, Notice, Ui } from './types'
