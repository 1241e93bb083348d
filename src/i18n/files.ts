import type { Strings } from './strings'

/**
 * The language files as the npm build loads them: one chunk each, imported only when shown.
 * (The script tag loads `consentry-lang-<tag>.min.js` beside itself instead.) English is bundled
 * with the UI, as every language's fallback.
 */
export const LANGUAGE_FILES: Record<string, () => Promise<{ default: Strings }>> = {
  bg: () => import('./lang/bg'),
  cs: () => import('./lang/cs'),
  da: () => import('./lang/da'),
  de: () => import('./lang/de'),
  el: () => import('./lang/el'),
  es: () => import('./lang/es'),
  et: () => import('./lang/et'),
  fi: () => import('./lang/fi'),
  fr: () => import('./lang/fr'),
  ga: () => import('./lang/ga'),
  hr: () => import('./lang/hr'),
  hu: () => import('./lang/hu'),
  it: () => import('./lang/it'),
  ja: () => import('./lang/ja'),
  ko: () => import('./lang/ko'),
  lt: () => import('./lang/lt'),
  lv: () => import('./lang/lv'),
  mt: () => import('./lang/mt'),
  nl: () => import('./lang/nl'),
  pl: () => import('./lang/pl'),
  pt: () => import('./lang/pt'),
  ro: () => import('./lang/ro'),
  sk: () => import('./lang/sk'),
  sl: () => import('./lang/sl'),
  sv: () => import('./lang/sv'),
  'zh-CN': () => import('./lang/zh-CN'),
  'zh-TW': () => import('./lang/zh-TW')
}
