import { checkConfig } from './check'
import { normalizeConfig } from './normalize'
import type { Config, ConsentryConfig } from './types'

/** What validation found: the frozen config, or the list of problems, each naming its key. */
export type Validation = { config: Config; errors?: undefined } | { config?: undefined; errors: string[] }

/** Checks every key of a config against SPEC 1.3 and returns the frozen, defaulted result. */
export function validateConfig(input: unknown): Validation {
  const errors = checkConfig(input)
  return errors.length ? { errors } : { config: normalizeConfig(input as ConsentryConfig) }
}
