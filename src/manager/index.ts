export { createCore } from './manager'
export type { CoreOptions } from './manager'
export type { Core, DecisionRequest, View } from './core'
export type { AgeGroup, DebugInfo, Decision, Layer, Manager, Method, Notice, Source } from './types'
