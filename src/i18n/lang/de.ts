import type { Strings } from '../strings'

/** German, formal address (Sie), with the terms German shops and regulators use: Alle akzeptieren / Alle ablehnen, Datenschutzerklärung, Einwilligung. */
const de: Strings = {
  title: 'Ihre Privatsphäre ist uns wichtig',
  text: 'Wir verwenden Cookies und ähnliche Technologien, um diese Website zu betreiben und – mit Ihrer Einwilligung – Besuche zu messen und passende Werbung zu zeigen. Sie können Ihre Auswahl jederzeit ändern.',
  policy: 'Datenschutzerklärung',
  gpc: 'Ihr Browser sendet das Signal „Global Privacy Control“ (GPC), und wir beachten es: Kategorien, die Ihre Daten verkaufen oder weitergeben, bleiben deaktiviert, sofern Sie sie nicht selbst einschalten.',
  acceptAll: 'Alle akzeptieren',
  rejectAll: 'Alle ablehnen',
  manage: 'Einstellungen verwalten',

  optOutTitle: 'Ihre Datenschutzoptionen',
  optOutText: 'Wir verwenden Cookies und ähnliche Technologien, um diese Website zu betreiben, Besuche zu messen und passende Werbung zu zeigen. Die Weitergabe von Daten an unsere Werbepartner kann nach den Gesetzen einzelner US-Bundesstaaten als Verkauf oder Weitergabe personenbezogener Daten gelten. Sie können dem jederzeit widersprechen.',
  doNotSell: 'Meine personenbezogenen Daten nicht verkaufen oder weitergeben',
  gpcHonoured: 'Ihr Browser hat das Signal „Global Privacy Control“ (GPC) gesendet, und wir haben es beachtet: Wir verkaufen Ihre personenbezogenen Daten nicht und geben sie nicht weiter.',

  ageTitle: 'Wie alt sind Sie?',
  ageText: 'Für Kinder unter {age} Jahren muss ein Elternteil oder Erziehungsberechtigter in Cookies einwilligen.',
  ageAdult: 'Ich bin {age} Jahre oder älter',
  ageMinor: 'Ich bin jünger als {age}',
  minorText: 'Nur unbedingt notwendige Cookies sind aktiv. Ein Elternteil oder Erziehungsberechtigter kann die übrigen Einstellungen für Sie prüfen.',
  guardian: 'Ich bin Elternteil oder erziehungsberechtigt',
  guardianNote: 'Sie entscheiden für ein Kind unter {age} Jahren, für das Sie erziehungsberechtigt sind.',

  prefsTitle: 'Datenschutzeinstellungen',
  prefsText: 'Wählen Sie, was Sie erlauben. Notwendige Cookies halten die Website funktionsfähig und sind immer aktiv.',
  required: 'Immer aktiv',
  gpcBadge: 'Durch Ihr GPC-Signal deaktiviert',
  sensitive: 'Sensible Daten',
  sensitiveConfirm: 'Diese Kategorie verwendet sensible personenbezogene Daten. Schalten Sie sie nur ein, wenn Sie in diese Nutzung gesondert einwilligen.',
  sensitiveYes: 'Ich willige gesondert ein',
  sensitiveNo: 'Ausgeschaltet lassen',
  cookies: 'Cookies',
  storage: 'Lokaler Speicher',
  hosts: 'Dienste',
  vendors: 'Weitergabe an',
  duration: 'Auswahl gespeichert für',
  days: { one: '{n} Tag', other: '{n} Tage' },
  save: 'Einstellungen speichern',
  close: 'Schließen',
  settings: 'Datenschutzeinstellungen',
  categories: {
    necessary: { title: 'Notwendig', description: 'Warenkorb, Anmeldung, Sicherheit und diese Auswahl.' },
    functional: { title: 'Funktional', description: 'Funktionen wie Chat, Sprache und Region.' },
    preferences: { title: 'Präferenzen', description: 'Speichert Einstellungen wie Sprache und Region.' },
    analytics: { title: 'Statistik', description: 'Zählt Besuche, damit wir die Website verbessern können.' },
    marketing: { title: 'Marketing', description: 'Passende Werbung hier und auf anderen Websites.' },
    location: { title: 'Genauer Standort', description: 'Ihr genauer Standort, um Geschäfte in der Nähe und Lieferoptionen anzuzeigen.' }
  }
}
export default de
