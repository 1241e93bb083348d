export { checkConfig } from './check'
export { normalizeConfig } from './normalize'
export { findDuplicateKeys } from './json'
export { compilePattern, matchesAny } from './pattern'
export type {
  Category, CategoryConfig, Config, ConsentryConfig, CookieConfig, DeepPartial, EndpointConfig, NamePattern, Translation, UiConfig
} from './types'
