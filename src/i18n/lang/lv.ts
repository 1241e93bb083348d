import type { Strings } from '../strings'

/** Latvian, formal address with the capitalised Jūs / Jūsu of customer texts; DVI wording: sīkdatnes, piekrišana, privātuma politika. */
const lv: Strings = {
  title: 'Mēs rūpējamies par Jūsu privātumu',
  text: 'Mēs izmantojam sīkdatnes un līdzīgas tehnoloģijas, lai šī vietne darbotos, un ar Jūsu piekrišanu – lai mērītu apmeklējumus un rādītu atbilstošas reklāmas. Savu izvēli varat mainīt jebkurā laikā.',
  policy: 'Privātuma politika',
  gpc: 'Jūsu pārlūks sūta signālu “Global Privacy Control” (GPC), un mēs to ievērojam: kategorijas, kas pārdod vai kopīgo Jūsu datus, paliek izslēgtas, ja vien Jūs tās neieslēdzat.',
  acceptAll: 'Pieņemt visas',
  rejectAll: 'Noraidīt visas',
  manage: 'Pārvaldīt iestatījumus',

  optOutTitle: 'Jūsu privātuma izvēles',
  optOutText: 'Mēs izmantojam sīkdatnes un līdzīgas tehnoloģijas, lai šī vietne darbotos, mērītu apmeklējumus un rādītu atbilstošas reklāmas. Saskaņā ar dažu ASV štatu likumiem datu kopīgošana ar mūsu reklāmas partneriem var tikt uzskatīta par personas informācijas pārdošanu vai kopīgošanu. Jūs jebkurā laikā varat no tās atteikties.',
  doNotSell: 'Nepārdot un nekopīgot manu personas informāciju',
  gpcHonoured: 'Jūsu pārlūks nosūtīja signālu “Global Privacy Control” (GPC), un mēs to ievērojām: mēs nepārdodam un nekopīgojam Jūsu personas informāciju.',

  ageTitle: 'Cik Jums ir gadu?',
  ageText: 'Par bērniem, kuriem vēl nav {age} gadu, piekrišanu sīkdatnēm sniedz vecāks vai aizbildnis.',
  ageAdult: 'Man ir {age} gadi vai vairāk',
  ageMinor: 'Man vēl nav {age} gadu',
  minorText: 'Ieslēgtas ir tikai obligāti nepieciešamās sīkdatnes. Vecāks vai aizbildnis var Jūsu vietā pārskatīt pārējās izvēles.',
  guardian: 'Esmu vecāks vai aizbildnis',
  guardianNote: 'Jūs izvēlaties kā vecāks vai aizbildnis bērnam, kuram vēl nav {age} gadu.',

  prefsTitle: 'Privātuma preferences',
  prefsText: 'Izvēlieties, ko atļaujat. Nepieciešamās sīkdatnes nodrošina vietnes darbību un vienmēr ir ieslēgtas.',
  required: 'Vienmēr ieslēgts',
  gpcBadge: 'Izslēgts ar Jūsu GPC signālu',
  sensitive: 'Sensitīvi dati',
  sensitiveConfirm: 'Šī kategorija izmanto sensitīvu personas informāciju. Ieslēdziet to tikai tad, ja sniedzat atsevišķu piekrišanu šādai izmantošanai.',
  sensitiveYes: 'Sniedzu atsevišķu piekrišanu',
  sensitiveNo: 'Atstāt izslēgtu',
  cookies: 'Sīkdatnes',
  storage: 'Krātuve',
  hosts: 'Pakalpojumi',
  vendors: 'Datu saņēmēji',
  duration: 'Izvēle saglabāta',
  days: { zero: '{n} dienu', one: '{n} diena', other: '{n} dienas' },
  save: 'Saglabāt iestatījumus',
  close: 'Aizvērt',
  settings: 'Privātuma iestatījumi',
  categories: {
    necessary: { title: 'Nepieciešamās', description: 'Grozs, pieteikšanās, drošība un šī izvēle.' },
    functional: { title: 'Funkcionālās', description: 'Tādas funkcijas kā tērzēšana, valoda un reģions.' },
    preferences: { title: 'Preferenču', description: 'Atceras iestatījumus, piemēram, valodu un reģionu.' },
    analytics: { title: 'Analītikas', description: 'Skaita apmeklējumus, lai mēs varētu uzlabot vietni.' },
    marketing: { title: 'Mārketinga', description: 'Atbilstošas reklāmas šeit un citās vietnēs.' },
    location: { title: 'Precīza atrašanās vieta', description: 'Jūsu precīzā atrašanās vieta, lai rādītu tuvākos veikalus un piegādes iespējas.' }
  }
}
export default lv
