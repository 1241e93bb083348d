import type { Strings } from '../strings'

/** Croatian, formal address (lowercase vi / vaš, addressing the public); AZOP wording: kolačići, privola, osobni podaci, politika privatnosti. */
const hr: Strings = {
  title: 'Cijenimo vašu privatnost',
  text: 'Koristimo kolačiće i slične tehnologije kako bi ova stranica radila te, uz vašu privolu, za mjerenje posjeta i prikaz relevantnih oglasa. Svoj izbor možete promijeniti u bilo kojem trenutku.',
  policy: 'Politika privatnosti',
  gpc: 'Vaš preglednik šalje signal Global Privacy Control (GPC) i mi ga poštujemo: kategorije koje prodaju ili dijele vaše podatke ostaju isključene, osim ako ih sami ne uključite.',
  acceptAll: 'Prihvati sve',
  rejectAll: 'Odbij sve',
  manage: 'Upravljaj postavkama',

  optOutTitle: 'Vaši izbori privatnosti',
  optOutText: 'Koristimo kolačiće i slične tehnologije kako bi ova stranica radila, za mjerenje posjeta i prikaz relevantnih oglasa. Dijeljenje podataka s našim oglašivačkim partnerima prema zakonima nekih saveznih država SAD-a može se smatrati prodajom ili dijeljenjem osobnih podataka. To možete odbiti u bilo kojem trenutku.',
  doNotSell: 'Ne prodavati ni dijeliti moje osobne podatke',
  gpcHonoured: 'Vaš preglednik poslao je signal Global Privacy Control (GPC) i poštovali smo ga: ne prodajemo i ne dijelimo vaše osobne podatke.',

  ageTitle: 'Koliko imate godina?',
  ageText: 'Za djecu mlađu od {age} godina privolu za kolačiće mora dati roditelj ili skrbnik.',
  ageAdult: 'Imam {age} ili više godina',
  ageMinor: 'Imam manje od {age} godina',
  minorText: 'Uključeni su samo nužni kolačići. Roditelj ili skrbnik može umjesto vas pregledati ostale izbore.',
  guardian: 'Ja sam roditelj ili skrbnik',
  guardianNote: 'Birate kao roditelj ili skrbnik djeteta mlađeg od {age} godina.',

  prefsTitle: 'Postavke privatnosti',
  prefsText: 'Odaberite što dopuštate. Nužni kolačići omogućuju rad stranice i uvijek su uključeni.',
  required: 'Uvijek uključeno',
  gpcBadge: 'Isključeno vašim GPC signalom',
  sensitive: 'Osjetljivi podaci',
  sensitiveConfirm: 'Ova kategorija koristi osjetljive osobne podatke. Uključite je samo ako za tu upotrebu dajete zasebnu privolu.',
  sensitiveYes: 'Dajem zasebnu privolu',
  sensitiveNo: 'Ostavi isključeno',
  cookies: 'Kolačići',
  storage: 'Pohrana',
  hosts: 'Usluge',
  vendors: 'Primatelji',
  duration: 'Izbor vrijedi',
  days: { one: '{n} dan', few: '{n} dana', other: '{n} dana' },
  save: 'Spremi postavke',
  close: 'Zatvori',
  settings: 'Postavke privatnosti',
  categories: {
    necessary: { title: 'Nužni', description: 'Košarica, prijava, sigurnost i ovaj izbor.' },
    functional: { title: 'Funkcionalni', description: 'Značajke poput chata, jezika i regije.' },
    preferences: { title: 'Preferencije', description: 'Pamte postavke poput jezika i regije.' },
    analytics: { title: 'Analitički', description: 'Broje posjete kako bismo poboljšali stranicu.' },
    marketing: { title: 'Marketinški', description: 'Relevantni oglasi ovdje i na drugim stranicama.' },
    location: { title: 'Precizna lokacija', description: 'Vaša točna lokacija za prikaz obližnjih trgovina i mogućnosti dostave.' }
  }
}
export default hr
