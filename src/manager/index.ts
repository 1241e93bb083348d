export { createCore } from './manager'
export type { CoreOptions } from './manager'
export type { Core, DecisionRequest, View } from './core'
export type {
  AgeGroup, DebugInfo, DecideOptions, Decision, Layer, Manager, Method, Notice, NoticeAction, NoticeLayer, NoticeRow, Source
} from './types'
