/** The text of one category in the preferences dialog. */
export interface CategoryText {
  /** The switch's label. */
  title: string
  /** What the category is for. */
  description: string
}

/** One text in each plural form a language has, by the names `Intl.PluralRules` gives them. */
export type PluralForms = { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>

/**
 * Every string the UI shows, in one language. Strings are text, never HTML; `[label](url)` makes
 * a link (http(s) or relative URLs only). `{age}` is filled in where named.
 */
export interface Strings {
  /** Opt-in banner: heading. */
  title: string
  /** Opt-in banner: text. */
  text: string
  /** Label of the privacy policy link. */
  policy: string
  /** Opt-in banner and dialog: Global Privacy Control holds some categories off. */
  gpc: string
  /** Button that grants every category (sensitive ones excepted). */
  acceptAll: string
  /** Button that denies every optional category. */
  rejectAll: string
  /** Button that opens the preferences dialog. */
  manage: string

  /** US notice (opt-out model): heading. */
  optOutTitle: string
  /** US notice: text. */
  optOutText: string
  /** US notice: the button that opts out of every sale or sharing. The English label is fixed by law. */
  doNotSell: string
  /** US notice: the visitor's Global Privacy Control signal was honoured, with no click. */
  gpcHonoured: string

  /** Age gate: heading. */
  ageTitle: string
  /** Age gate: why the age is asked. `{age}` is the configured age. */
  ageText: string
  /** Age gate: the visitor is `{age}` or older. */
  ageAdult: string
  /** Age gate: the visitor is under `{age}`. */
  ageMinor: string
  /** Shown to a minor: only required categories are on until a guardian decides. */
  minorText: string
  /** Button that lets a parent or guardian decide for the minor. */
  guardian: string
  /** Dialog note while a guardian decides for a child under `{age}`. */
  guardianNote: string

  /** Preferences dialog: heading. */
  prefsTitle: string
  /** Preferences dialog: text. */
  prefsText: string
  /** Badge of a required category's locked switch. */
  required: string
  /** Badge of a category Global Privacy Control holds off. */
  gpcBadge: string
  /** Badge of a sensitive category (PIPL: separate consent). */
  sensitive: string
  /** The second, explicit confirmation before a sensitive category's switch turns on. */
  sensitiveConfirm: string
  /** Button that gives that separate consent. */
  sensitiveYes: string
  /** Button that keeps the sensitive category off. */
  sensitiveNo: string
  /** Label: the cookies a category owns. */
  cookies: string
  /** Label: the storage keys a category owns. */
  storage: string
  /** Label: the hosts a category contacts. */
  hosts: string
  /** Label: the third parties that receive a category's data. */
  vendors: string
  /** Label: how long a decision lasts (the number of days follows, as `days` writes it). */
  duration: string
  /**
   * A number of days, `{n}`, in each plural form of the language: `other`, and each of `zero`,
   * `one`, `two`, `few`, `many` that `Intl.PluralRules` picks for a whole number of days. Written
   * out here because `Intl.NumberFormat`'s first use on a page loads the browser's locale data,
   * over 100 ms on a slow phone, before the banner could show.
   */
  days: PluralForms
  /** Button that saves the switches. */
  save: string
  /** Button that closes the dialog or notice without deciding. */
  close: string
  /** The floating button that reopens the preferences. */
  settings: string
  /** Titles and descriptions of the usual categories, by category key. */
  categories: Record<string, CategoryText>
}
