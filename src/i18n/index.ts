export { categoryText, fill, loadTexts } from './texts'
export type { LoadLanguage, Texts } from './texts'
export { BUILT_IN, direction, matchLanguage, pickLanguage, primaryOf } from './language'
export type { CategoryText, PluralForms, Strings } from './strings'
