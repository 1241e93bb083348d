import { checkConfig, type ConsentryConfig } from './config'
import { createDecisions } from './decide'
import type { Manager } from './manager'
import { start } from './start'

/**
 * Starts Consentry on this page with the given config and returns its manager.
 * A second call returns the first manager and warns.
 */
export function init(config: ConsentryConfig): Manager {
  return start(config, { check: checkConfig, lazy: () => import('./lazy'), decisions: () => createDecisions })
}

/** The version of this build. */
export const version: string = __VERSION__

export type {
  CategoryConfig, ConsentryConfig, CookieConfig, DeepPartial, EndpointConfig, NamePattern, UiConfig
} from './config'
export type { DebugInfo, Decision, Manager, Method, Notice } from './manager'
