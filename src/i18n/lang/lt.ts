import type { Strings } from '../strings'

/** Lithuanian, formal address with the capitalised Jūs / Jūsų of customer texts; VDAI wording: slapukai, sutikimas, privatumo politika. */
const lt: Strings = {
  title: 'Mums rūpi Jūsų privatumas',
  text: 'Naudojame slapukus ir panašias technologijas, kad ši svetainė veiktų, o Jums sutikus – kad galėtume vertinti apsilankymus ir rodyti aktualias reklamas. Savo pasirinkimą galite bet kada pakeisti.',
  policy: 'Privatumo politika',
  gpc: 'Jūsų naršyklė siunčia signalą „Global Privacy Control“ (GPC), ir mes jo paisome: kategorijos, kurios parduoda Jūsų duomenis ar jais dalijasi, lieka išjungtos, nebent jas įjungsite patys.',
  acceptAll: 'Priimti visus',
  rejectAll: 'Atmesti visus',
  manage: 'Tvarkyti nuostatas',

  optOutTitle: 'Jūsų privatumo pasirinkimai',
  optOutText: 'Naudojame slapukus ir panašias technologijas, kad ši svetainė veiktų, galėtume vertinti apsilankymus ir rodyti aktualias reklamas. Pagal kai kurių JAV valstijų įstatymus duomenų perdavimas mūsų reklamos partneriams gali būti laikomas asmeninės informacijos pardavimu ar dalijimusi ja. Galite bet kada to atsisakyti.',
  doNotSell: 'Neparduoti mano asmeninės informacijos ir ja nesidalyti',
  gpcHonoured: 'Jūsų naršyklė atsiuntė signalą „Global Privacy Control“ (GPC), ir mes jo paisėme: neparduodame Jūsų asmeninės informacijos ir ja nesidalijame.',

  ageTitle: 'Kiek Jums metų?',
  ageText: 'Už vaikus iki {age} metų sutikimą dėl slapukų turi duoti vienas iš tėvų arba globėjas.',
  ageAdult: 'Man {age} metų arba daugiau',
  ageMinor: 'Man dar nėra {age} metų',
  minorText: 'Įjungti tik būtinieji slapukai. Vienas iš tėvų arba globėjas gali už Jus peržiūrėti kitus pasirinkimus.',
  guardian: 'Esu vienas iš tėvų arba globėjas',
  guardianNote: 'Renkatės kaip vaiko iki {age} metų vienas iš tėvų arba globėjas.',

  prefsTitle: 'Privatumo nuostatos',
  prefsText: 'Pasirinkite, ką leidžiate. Būtinieji slapukai užtikrina svetainės veikimą ir visada yra įjungti.',
  required: 'Visada įjungta',
  gpcBadge: 'Išjungta pagal Jūsų GPC signalą',
  sensitive: 'Jautrūs duomenys',
  sensitiveConfirm: 'Ši kategorija naudoja jautrią asmeninę informaciją. Įjunkite ją tik tada, jei duodate atskirą sutikimą tokiam naudojimui.',
  sensitiveYes: 'Duodu atskirą sutikimą',
  sensitiveNo: 'Palikti išjungtą',
  cookies: 'Slapukai',
  storage: 'Saugykla',
  hosts: 'Paslaugos',
  vendors: 'Duomenų gavėjai',
  duration: 'Pasirinkimas galioja',
  days: { one: '{n} diena', few: '{n} dienos', other: '{n} dienų' },
  save: 'Išsaugoti nuostatas',
  close: 'Uždaryti',
  settings: 'Privatumo nustatymai',
  categories: {
    necessary: { title: 'Būtinieji', description: 'Krepšelis, prisijungimas, sauga ir šis pasirinkimas.' },
    functional: { title: 'Funkciniai', description: 'Tokios funkcijos kaip pokalbiai, kalba ir regionas.' },
    preferences: { title: 'Nuostatos', description: 'Įsimena nustatymus, pvz., kalbą ir regioną.' },
    analytics: { title: 'Analitika', description: 'Skaičiuoja apsilankymus, kad galėtume tobulinti svetainę.' },
    marketing: { title: 'Rinkodara', description: 'Aktualios reklamos čia ir kitose svetainėse.' },
    location: { title: 'Tiksli vieta', description: 'Jūsų tiksli buvimo vieta, kad parodytume artimiausias parduotuves ir pristatymo būdus.' }
  }
}
export default lt
