import type { Category, Config } from '../config'

/** True when the browser sends Global Privacy Control and the site honours it. */
export function gpcSignal(config: Config): boolean {
  return config.respectGpc && (navigator as Navigator & { globalPrivacyControl?: boolean }).globalPrivacyControl === true
}

/** True when Global Privacy Control holds this category denied unless the visitor turns it on. */
export function heldByGpc(config: Config, category: Category): boolean {
  return !category.required && category.gpc && gpcSignal(config)
}
