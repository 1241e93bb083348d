/** The text of one category in the preferences dialog. */
export interface CategoryText {
  /** The switch's label. */
  title: string
  /** What the category is for. */
  description: string
}

/** Every string the UI shows; a translation may override any of them. */
export interface Strings {
  /** Banner heading. */
  title: string
  /** Banner text; `[text](url)` makes a link. */
  text: string
  /** Label of the privacy policy link. */
  policy: string
  /** Shown when Global Privacy Control holds categories denied. */
  gpc: string
  /** Button that grants every category. */
  acceptAll: string
  /** Button that denies every optional category. */
  rejectAll: string
  /** Button that opens the preferences dialog. */
  manage: string
  /** Preferences dialog heading. */
  prefsTitle: string
  /** Preferences dialog text; `[text](url)` makes a link. */
  prefsText: string
  /** Marks a required category's locked switch. */
  required: string
  /** Button that saves the switches. */
  save: string
  /** Button that closes the dialog without deciding. */
  close: string
  /** The floating button that reopens the preferences. */
  settings: string
  /** Titles and descriptions by category key. */
  categories: Record<string, CategoryText>
}

/** The English strings: the fallback for every missing string of every language. */
export const en: Strings = {
  title: 'We value your privacy',
  text: 'We use cookies and similar technologies to run this site and, if you agree, to measure visits and show relevant ads. You can change your choice at any time.',
  policy: 'Privacy policy',
  gpc: 'Your browser sends a Global Privacy Control signal and we respect it: categories that sell or share your data stay off unless you switch them on.',
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  manage: 'Manage preferences',
  prefsTitle: 'Privacy preferences',
  prefsText: 'Choose what you allow. Necessary cookies keep the site working and are always on.',
  required: 'Always on',
  save: 'Save preferences',
  close: 'Close',
  settings: 'Privacy settings',
  categories: {
    necessary: { title: 'Necessary', description: 'Cart, sign-in, security and this choice.' },
    functional: { title: 'Functional', description: 'Features such as chat, language and region.' },
    preferences: { title: 'Preferences', description: 'Remembers settings such as language and region.' },
    analytics: { title: 'Analytics', description: 'Counts visits so we can improve the site.' },
    marketing: { title: 'Marketing', description: 'Relevant ads here and on other sites.' }
  }
}
