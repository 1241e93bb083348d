export { checkConfig } from './check'
export { normalizeConfig } from './normalize'
export { findDuplicateKeys } from './json'
export { catastrophic, compilePattern, matchesAny } from './pattern'
export type {
  Category, CategoryConfig, Config, ConsentryConfig, CookieConfig, DeepPartial, EndpointConfig, NamePattern, UiConfig
} from './types'
