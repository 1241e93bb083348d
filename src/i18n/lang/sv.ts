import type { Strings } from '../strings'

/** Swedish, informal address (du) as Swedish shops write; IMY wording: samtycke, personuppgifter, integritetspolicy; "cookies" as shops use it. */
const sv: Strings = {
  title: 'Vi värnar om din integritet',
  text: 'Vi använder cookies och liknande tekniker för att driva webbplatsen och, om du samtycker, för att mäta besök och visa relevanta annonser. Du kan ändra ditt val när som helst.',
  policy: 'Integritetspolicy',
  gpc: 'Din webbläsare skickar en Global Privacy Control-signal (GPC) och vi respekterar den: kategorier som säljer eller delar dina uppgifter förblir avstängda om du inte själv slår på dem.',
  acceptAll: 'Acceptera alla',
  rejectAll: 'Avvisa alla',
  manage: 'Hantera inställningar',

  optOutTitle: 'Dina integritetsval',
  optOutText: 'Vi använder cookies och liknande tekniker för att driva webbplatsen, mäta besök och visa relevanta annonser. Att dela uppgifter med våra annonspartner kan enligt lagar i vissa amerikanska delstater räknas som försäljning eller delning av personuppgifter. Du kan när som helst välja bort det.',
  doNotSell: 'Sälj eller dela inte mina personuppgifter',
  gpcHonoured: 'Din webbläsare skickade en Global Privacy Control-signal (GPC) och vi har respekterat den: vi säljer inte och delar inte dina personuppgifter.',

  ageTitle: 'Hur gammal är du?',
  ageText: 'Barn under {age} år behöver en förälder eller vårdnadshavare som godkänner cookies åt dem.',
  ageAdult: 'Jag är {age} år eller äldre',
  ageMinor: 'Jag är under {age} år',
  minorText: 'Bara strikt nödvändiga cookies är aktiva. En förälder eller vårdnadshavare kan gå igenom de andra valen åt dig.',
  guardian: 'Jag är förälder eller vårdnadshavare',
  guardianNote: 'Du väljer som förälder eller vårdnadshavare till ett barn under {age} år.',

  prefsTitle: 'Integritetsinställningar',
  prefsText: 'Välj vad du tillåter. Nödvändiga cookies håller webbplatsen igång och är alltid aktiva.',
  required: 'Alltid aktiv',
  gpcBadge: 'Avstängd av din GPC-signal',
  sensitive: 'Känsliga uppgifter',
  sensitiveConfirm: 'Den här kategorin använder känsliga personuppgifter. Slå bara på den om du lämnar ett separat samtycke till denna användning.',
  sensitiveYes: 'Jag lämnar mitt separata samtycke',
  sensitiveNo: 'Låt den vara av',
  cookies: 'Cookies',
  storage: 'Lagring',
  hosts: 'Tjänster',
  vendors: 'Delas med',
  duration: 'Valet sparas i',
  days: { one: '{n} dygn', other: '{n} dygn' },
  save: 'Spara inställningar',
  close: 'Stäng',
  settings: 'Integritetsinställningar',
  categories: {
    necessary: { title: 'Nödvändiga', description: 'Varukorg, inloggning, säkerhet och det här valet.' },
    functional: { title: 'Funktionella', description: 'Funktioner som chatt, språk och region.' },
    preferences: { title: 'Preferenser', description: 'Kommer ihåg inställningar som språk och region.' },
    analytics: { title: 'Statistik', description: 'Räknar besök så att vi kan förbättra webbplatsen.' },
    marketing: { title: 'Marknadsföring', description: 'Relevanta annonser här och på andra webbplatser.' },
    location: { title: 'Exakt plats', description: 'Din exakta plats, för att visa butiker i närheten och leveransalternativ.' }
  }
}
export default sv
