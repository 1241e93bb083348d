export { checkConfig } from './check'
export { configWarnings } from './warnings'
export { DEFAULT_CONSENT_MAP, MAX_EXPIRES_DAYS, MIN_REFUSAL_DAYS, normalizeConfig } from './normalize'
export { findDuplicateKeys } from './json'
export { catastrophic, compilePattern, matchesAny } from './pattern'
export type {
  Category, CategoryConfig, Config, ConsentryConfig, CookieConfig, DeepPartial, Endpoint, EndpointConfig, GoogleConsentMode,
  Model, NamePattern, Translation, UiConfig
} from './types'
