import type { Strings } from '../strings'

/** English: the fallback for every string a language or a site's translation leaves out. */
const en: Strings = {
  title: 'We value your privacy',
  text: 'We use cookies and similar technologies to run this site and, if you agree, to measure visits and show relevant ads. You can change your choice at any time.',
  policy: 'Privacy policy',
  gpc: 'Your browser sends a Global Privacy Control signal and we respect it: categories that sell or share your data stay off unless you switch them on.',
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  manage: 'Manage preferences',

  optOutTitle: 'Your privacy choices',
  optOutText: 'We use cookies and similar technologies to run this site, measure visits and show relevant ads. Sharing data with our advertising partners may count as a sale or sharing of personal information under US state laws. You can opt out at any time.',
  doNotSell: 'Do Not Sell or Share My Personal Information',
  gpcHonoured: 'Your browser sent a Global Privacy Control signal, and we have honored it: we do not sell or share your personal information.',

  ageTitle: 'How old are you?',
  ageText: 'Children under {age} need a parent or guardian to agree to cookies for them.',
  ageAdult: 'I am {age} or older',
  ageMinor: 'I am under {age}',
  minorText: 'Only strictly necessary cookies are on. A parent or guardian can review the other choices for you.',
  guardian: 'I am a parent or guardian',
  guardianNote: 'You are choosing as the parent or guardian of a child under {age}.',

  prefsTitle: 'Privacy preferences',
  prefsText: 'Choose what you allow. Necessary cookies keep the site working and are always on.',
  required: 'Always on',
  gpcBadge: 'Turned off by your GPC signal',
  sensitive: 'Sensitive data',
  sensitiveConfirm: 'This category uses sensitive personal information. Turn it on only if you give your separate consent to this use.',
  sensitiveYes: 'I give my separate consent',
  sensitiveNo: 'Keep it off',
  cookies: 'Cookies',
  storage: 'Storage',
  hosts: 'Services',
  vendors: 'Shared with',
  duration: 'Kept for',
  days: { one: '{n} day', other: '{n} days' },
  save: 'Save preferences',
  close: 'Close',
  settings: 'Privacy settings',
  categories: {
    necessary: { title: 'Necessary', description: 'Cart, sign-in, security and this choice.' },
    functional: { title: 'Functional', description: 'Features such as chat, language and region.' },
    preferences: { title: 'Preferences', description: 'Remembers settings such as language and region.' },
    analytics: { title: 'Analytics', description: 'Counts visits so we can improve the site.' },
    marketing: { title: 'Marketing', description: 'Relevant ads here and on other sites.' },
    location: { title: 'Precise location', description: 'Your exact location, to show nearby stores and delivery options.' }
  }
}
export default en
