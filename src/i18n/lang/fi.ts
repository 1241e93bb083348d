import type { Strings } from '../strings'

/** Finnish, informal address (sinä) as Finnish shops write; Traficom/tietosuojavaltuutettu wording: evästeet, suostumus, tietosuojaseloste. */
const fi: Strings = {
  title: 'Arvostamme yksityisyyttäsi',
  text: 'Käytämme evästeitä ja vastaavia tekniikoita sivuston toimintaan sekä suostumuksellasi kävijämäärien mittaamiseen ja osuvien mainosten näyttämiseen. Voit muuttaa valintaasi milloin tahansa.',
  policy: 'Tietosuojaseloste',
  gpc: 'Selaimesi lähettää Global Privacy Control -signaalin (GPC), ja noudatamme sitä: luokat, jotka myyvät tai jakavat tietojasi, pysyvät pois päältä, ellet itse ota niitä käyttöön.',
  acceptAll: 'Hyväksy kaikki',
  rejectAll: 'Hylkää kaikki',
  manage: 'Hallitse asetuksia',

  optOutTitle: 'Tietosuojavalintasi',
  optOutText: 'Käytämme evästeitä ja vastaavia tekniikoita sivuston toimintaan, kävijämäärien mittaamiseen ja osuvien mainosten näyttämiseen. Tietojen jakaminen mainoskumppaneillemme voidaan joidenkin Yhdysvaltain osavaltioiden lakien mukaan katsoa henkilötietojen myynniksi tai jakamiseksi. Voit kieltäytyä siitä milloin tahansa.',
  doNotSell: 'Älä myy tai jaa henkilötietojani',
  gpcHonoured: 'Selaimesi lähetti Global Privacy Control -signaalin (GPC), ja olemme noudattaneet sitä: emme myy emmekä jaa henkilötietojasi.',

  ageTitle: 'Kuinka vanha olet?',
  ageText: 'Alle {age}-vuotiaiden puolesta evästeisiin suostuu vanhempi tai huoltaja.',
  ageAdult: 'Olen täyttänyt {age} vuotta',
  ageMinor: 'Olen alle {age}-vuotias',
  minorText: 'Vain välttämättömät evästeet ovat käytössä. Vanhempi tai huoltaja voi käydä muut valinnat läpi puolestasi.',
  guardian: 'Olen vanhempi tai huoltaja',
  guardianNote: 'Teet valinnat alle {age}-vuotiaan lapsen vanhempana tai huoltajana.',

  prefsTitle: 'Tietosuoja-asetukset',
  prefsText: 'Valitse, mitä sallit. Välttämättömät evästeet pitävät sivuston toiminnassa, ja ne ovat aina käytössä.',
  required: 'Aina käytössä',
  gpcBadge: 'Pois päältä GPC-signaalisi vuoksi',
  sensitive: 'Arkaluonteiset tiedot',
  sensitiveConfirm: 'Tämä luokka käyttää arkaluonteisia henkilötietoja. Ota se käyttöön vain, jos annat tähän käyttöön erillisen suostumuksen.',
  sensitiveYes: 'Annan erillisen suostumukseni',
  sensitiveNo: 'Pidä pois päältä',
  cookies: 'Evästeet',
  storage: 'Tallennustila',
  hosts: 'Palvelut',
  vendors: 'Vastaanottajat',
  duration: 'Valinta on voimassa',
  days: { one: '{n} päivä', other: '{n} päivää' },
  save: 'Tallenna asetukset',
  close: 'Sulje',
  settings: 'Tietosuoja-asetukset',
  categories: {
    necessary: { title: 'Välttämättömät', description: 'Ostoskori, kirjautuminen, tietoturva ja tämä valinta.' },
    functional: { title: 'Toiminnalliset', description: 'Toiminnot, kuten chat, kieli ja alue.' },
    preferences: { title: 'Mieltymykset', description: 'Muistaa asetukset, kuten kielen ja alueen.' },
    analytics: { title: 'Analytiikka', description: 'Laskee käynnit, jotta voimme parantaa sivustoa.' },
    marketing: { title: 'Markkinointi', description: 'Osuvat mainokset täällä ja muilla sivustoilla.' },
    location: { title: 'Tarkka sijainti', description: 'Tarkka sijaintisi, jotta voimme näyttää lähimmät myymälät ja toimitusvaihtoehdot.' }
  }
}
export default fi
