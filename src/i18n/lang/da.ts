import type { Strings } from '../strings'

/** Danish, informal address (du) as Danish shops write; Datatilsynet wording: samtykke, personoplysninger, Accepter alle / Afvis alle. */
const da: Strings = {
  title: 'Vi passer på dit privatliv',
  text: 'Vi bruger cookies og lignende teknologier til at drive siden og, hvis du giver samtykke, til at måle besøg og vise relevante annoncer. Du kan altid ændre dit valg.',
  policy: 'Privatlivspolitik',
  gpc: 'Din browser sender et Global Privacy Control-signal (GPC), og det respekterer vi: Kategorier, der sælger eller deler dine data, forbliver slået fra, medmindre du selv slår dem til.',
  acceptAll: 'Accepter alle',
  rejectAll: 'Afvis alle',
  manage: 'Administrer præferencer',

  optOutTitle: 'Dine privatlivsvalg',
  optOutText: 'Vi bruger cookies og lignende teknologier til at drive siden, måle besøg og vise relevante annoncer. Deling af data med vores annoncepartnere kan efter lovgivningen i visse amerikanske delstater betragtes som salg eller deling af personoplysninger. Du kan til enhver tid fravælge det.',
  doNotSell: 'Sælg eller del ikke mine personoplysninger',
  gpcHonoured: 'Din browser sendte et Global Privacy Control-signal (GPC), og vi har respekteret det: Vi sælger eller deler ikke dine personoplysninger.',

  ageTitle: 'Hvor gammel er du?',
  ageText: 'Børn under {age} år skal have en forælder eller værge til at give samtykke til cookies for dem.',
  ageAdult: 'Jeg er {age} år eller ældre',
  ageMinor: 'Jeg er under {age} år',
  minorText: 'Kun strengt nødvendige cookies er slået til. En forælder eller værge kan gennemgå de øvrige valg for dig.',
  guardian: 'Jeg er forælder eller værge',
  guardianNote: 'Du vælger som forælder eller værge for et barn under {age} år.',

  prefsTitle: 'Privatlivspræferencer',
  prefsText: 'Vælg, hvad du tillader. Nødvendige cookies får siden til at fungere og er altid slået til.',
  required: 'Altid aktiv',
  gpcBadge: 'Slået fra af dit GPC-signal',
  sensitive: 'Følsomme data',
  sensitiveConfirm: 'Denne kategori bruger følsomme personoplysninger. Slå den kun til, hvis du giver dit særskilte samtykke til denne brug.',
  sensitiveYes: 'Jeg giver mit særskilte samtykke',
  sensitiveNo: 'Lad den være slået fra',
  cookies: 'Cookies',
  storage: 'Lagring',
  hosts: 'Tjenester',
  vendors: 'Deles med',
  duration: 'Valget gemmes i',
  days: { one: '{n} dag', other: '{n} dage' },
  save: 'Gem præferencer',
  close: 'Luk',
  settings: 'Privatlivsindstillinger',
  categories: {
    necessary: { title: 'Nødvendige', description: 'Kurv, login, sikkerhed og dette valg.' },
    functional: { title: 'Funktionelle', description: 'Funktioner som chat, sprog og region.' },
    preferences: { title: 'Præferencer', description: 'Husker indstillinger som sprog og region.' },
    analytics: { title: 'Statistik', description: 'Tæller besøg, så vi kan forbedre siden.' },
    marketing: { title: 'Marketing', description: 'Relevante annoncer her og på andre sider.' },
    location: { title: 'Præcis placering', description: 'Din præcise placering, så vi kan vise butikker i nærheden og leveringsmuligheder.' }
  }
}
export default da
