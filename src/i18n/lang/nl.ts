import type { Strings } from '../strings'

/** Dutch, informal address (je) as Dutch webshops write; AP wording: Alles accepteren / Alles weigeren, privacyverklaring, persoonsgegevens. */
const nl: Strings = {
  title: 'Wij respecteren je privacy',
  text: 'We gebruiken cookies en vergelijkbare technieken om deze site te laten werken en, als je akkoord gaat, om bezoeken te meten en relevante advertenties te tonen. Je kunt je keuze altijd wijzigen.',
  policy: 'Privacyverklaring',
  gpc: 'Je browser stuurt een Global Privacy Control-signaal (GPC) en dat respecteren we: categorieën die je gegevens verkopen of delen blijven uit, tenzij je ze zelf aanzet.',
  acceptAll: 'Alles accepteren',
  rejectAll: 'Alles weigeren',
  manage: 'Voorkeuren beheren',

  optOutTitle: 'Je privacykeuzes',
  optOutText: 'We gebruiken cookies en vergelijkbare technieken om deze site te laten werken, bezoeken te meten en relevante advertenties te tonen. Het delen van gegevens met onze advertentiepartners kan onder de wetten van sommige Amerikaanse staten gelden als verkoop of delen van persoonsgegevens. Je kunt je daar altijd voor afmelden.',
  doNotSell: 'Mijn persoonsgegevens niet verkopen of delen',
  gpcHonoured: 'Je browser stuurde een Global Privacy Control-signaal (GPC) en dat hebben we gerespecteerd: we verkopen of delen je persoonsgegevens niet.',

  ageTitle: 'Hoe oud ben je?',
  ageText: 'Voor kinderen onder de {age} jaar moet een ouder of voogd toestemming geven voor cookies.',
  ageAdult: 'Ik ben {age} jaar of ouder',
  ageMinor: 'Ik ben jonger dan {age}',
  minorText: 'Alleen strikt noodzakelijke cookies staan aan. Een ouder of voogd kan de andere keuzes voor je bekijken.',
  guardian: 'Ik ben ouder of voogd',
  guardianNote: 'Je kiest als ouder of voogd van een kind onder de {age} jaar.',

  prefsTitle: 'Privacyvoorkeuren',
  prefsText: 'Kies wat je toestaat. Noodzakelijke cookies zorgen dat de site werkt en staan altijd aan.',
  required: 'Altijd aan',
  gpcBadge: 'Uit door je GPC-signaal',
  sensitive: 'Gevoelige gegevens',
  sensitiveConfirm: 'Deze categorie gebruikt gevoelige persoonsgegevens. Zet deze alleen aan als je hier afzonderlijk toestemming voor geeft.',
  sensitiveYes: 'Ik geef afzonderlijk toestemming',
  sensitiveNo: 'Uit laten',
  cookies: 'Cookies',
  storage: 'Opslag',
  hosts: 'Diensten',
  vendors: 'Gedeeld met',
  duration: 'Keuze bewaard voor',
  days: { one: '{n} dag', other: '{n} dagen' },
  save: 'Voorkeuren opslaan',
  close: 'Sluiten',
  settings: 'Privacy-instellingen',
  categories: {
    necessary: { title: 'Noodzakelijk', description: 'Winkelwagen, inloggen, beveiliging en deze keuze.' },
    functional: { title: 'Functioneel', description: 'Functies zoals chat, taal en regio.' },
    preferences: { title: 'Voorkeuren', description: 'Onthoudt instellingen zoals taal en regio.' },
    analytics: { title: 'Analytisch', description: 'Telt bezoeken zodat we de site kunnen verbeteren.' },
    marketing: { title: 'Marketing', description: 'Relevante advertenties hier en op andere sites.' },
    location: { title: 'Precieze locatie', description: 'Je exacte locatie, om winkels in de buurt en bezorgopties te tonen.' }
  }
}
export default nl
