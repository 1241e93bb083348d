import type { Strings } from '../strings'

/** Slovenian, formal address (vikanje, lowercase vi / vaš); IP RS wording: piškotki, privolitev, osebni podatki, politika zasebnosti. */
const sl: Strings = {
  title: 'Spoštujemo vašo zasebnost',
  text: 'Piškotke in podobne tehnologije uporabljamo za delovanje tega spletnega mesta, z vašo privolitvijo pa tudi za merjenje obiskov in prikaz ustreznih oglasov. Svojo izbiro lahko kadar koli spremenite.',
  policy: 'Politika zasebnosti',
  gpc: 'Vaš brskalnik pošilja signal Global Privacy Control (GPC), ki ga upoštevamo: kategorije, ki prodajajo ali delijo vaše podatke, ostanejo izklopljene, razen če jih vklopite sami.',
  acceptAll: 'Sprejmi vse',
  rejectAll: 'Zavrni vse',
  manage: 'Upravljaj nastavitve',

  optOutTitle: 'Vaše izbire glede zasebnosti',
  optOutText: 'Piškotke in podobne tehnologije uporabljamo za delovanje tega spletnega mesta, merjenje obiskov in prikaz ustreznih oglasov. Deljenje podatkov z našimi oglaševalskimi partnerji se lahko po zakonih nekaterih zveznih držav ZDA šteje za prodajo ali deljenje osebnih podatkov. Temu lahko kadar koli ugovarjate.',
  doNotSell: 'Ne prodajaj in ne deli mojih osebnih podatkov',
  gpcHonoured: 'Vaš brskalnik je poslal signal Global Privacy Control (GPC), ki smo ga upoštevali: vaših osebnih podatkov ne prodajamo in ne delimo.',

  ageTitle: 'Koliko ste stari?',
  ageText: 'Za otroke, mlajše od {age} let, mora privolitev za piškotke dati starš ali skrbnik.',
  ageAdult: 'Imam {age} let ali več',
  ageMinor: 'Imam manj kot {age} let',
  minorText: 'Vklopljeni so le nujno potrebni piškotki. Starš ali skrbnik lahko namesto vas pregleda druge izbire.',
  guardian: 'Sem starš ali skrbnik',
  guardianNote: 'Izbirate kot starš ali skrbnik otroka, mlajšega od {age} let.',

  prefsTitle: 'Nastavitve zasebnosti',
  prefsText: 'Izberite, kaj dovolite. Nujni piškotki omogočajo delovanje spletnega mesta in so vedno vklopljeni.',
  required: 'Vedno vklopljeno',
  gpcBadge: 'Izklopljeno zaradi signala GPC',
  sensitive: 'Občutljivi podatki',
  sensitiveConfirm: 'Ta kategorija uporablja občutljive osebne podatke. Vklopite jo le, če za to uporabo dajete ločeno privolitev.',
  sensitiveYes: 'Dajem ločeno privolitev',
  sensitiveNo: 'Pusti izklopljeno',
  cookies: 'Piškotki',
  storage: 'Shramba',
  hosts: 'Storitve',
  vendors: 'Prejemniki',
  duration: 'Izbira velja',
  days: { one: '{n} dan', two: '{n} dneva', few: '{n} dni', other: '{n} dni' },
  save: 'Shrani nastavitve',
  close: 'Zapri',
  settings: 'Nastavitve zasebnosti',
  categories: {
    necessary: { title: 'Nujni', description: 'Košarica, prijava, varnost in ta izbira.' },
    functional: { title: 'Funkcionalni', description: 'Funkcije, kot so klepet, jezik in regija.' },
    preferences: { title: 'Nastavitve', description: 'Zapomnijo si nastavitve, kot sta jezik in regija.' },
    analytics: { title: 'Analitika', description: 'Šteje obiske, da lahko izboljšamo spletno mesto.' },
    marketing: { title: 'Trženje', description: 'Ustrezni oglasi tukaj in na drugih spletnih mestih.' },
    location: { title: 'Natančna lokacija', description: 'Vaša natančna lokacija za prikaz bližnjih trgovin in možnosti dostave.' }
  }
}
export default sl
