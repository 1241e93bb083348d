import type { Strings } from '../strings'

/** Estonian, formal address (teie) as Estonian shops write to customers; AKI wording: küpsised, nõusolek, isikuandmed, privaatsuspoliitika. */
const et: Strings = {
  title: 'Hoolime teie privaatsusest',
  text: 'Kasutame küpsiseid ja sarnaseid tehnoloogiaid selle saidi toimimiseks ning teie nõusolekul külastuste mõõtmiseks ja asjakohaste reklaamide näitamiseks. Saate oma valikut igal ajal muuta.',
  policy: 'Privaatsuspoliitika',
  gpc: 'Teie brauser saadab GPC-signaali (Global Privacy Control) ja me järgime seda: kategooriad, mis müüvad või jagavad teie andmeid, jäävad välja lülitatuks, kui te neid ise sisse ei lülita.',
  acceptAll: 'Nõustu kõigiga',
  rejectAll: 'Keeldu kõigist',
  manage: 'Halda eelistusi',

  optOutTitle: 'Teie privaatsusvalikud',
  optOutText: 'Kasutame küpsiseid ja sarnaseid tehnoloogiaid selle saidi toimimiseks, külastuste mõõtmiseks ja asjakohaste reklaamide näitamiseks. Andmete jagamist meie reklaamipartneritega võib mõne USA osariigi seaduste järgi käsitada isikuandmete müügi või jagamisena. Saate sellest igal ajal loobuda.',
  doNotSell: 'Ära müü ega jaga minu isikuandmeid',
  gpcHonoured: 'Teie brauser saatis GPC-signaali (Global Privacy Control) ja me järgisime seda: me ei müü ega jaga teie isikuandmeid.',

  ageTitle: 'Kui vana te olete?',
  ageText: 'Alla {age}-aastase lapse eest peab küpsistega nõustuma vanem või eestkostja.',
  ageAdult: 'Olen {age}-aastane või vanem',
  ageMinor: 'Olen alla {age}-aastane',
  minorText: 'Sees on ainult hädavajalikud küpsised. Vanem või eestkostja saab teie eest ülejäänud valikud üle vaadata.',
  guardian: 'Olen vanem või eestkostja',
  guardianNote: 'Teete valiku alla {age}-aastase lapse vanema või eestkostjana.',

  prefsTitle: 'Privaatsuseelistused',
  prefsText: 'Valige, mida lubate. Vajalikud küpsised hoiavad saidi töös ja on alati sees.',
  required: 'Alati sees',
  gpcBadge: 'GPC-signaali tõttu väljas',
  sensitive: 'Tundlikud andmed',
  sensitiveConfirm: 'See kategooria kasutab tundlikke isikuandmeid. Lülitage see sisse ainult siis, kui annate selleks kasutuseks eraldi nõusoleku.',
  sensitiveYes: 'Annan eraldi nõusoleku',
  sensitiveNo: 'Jäta välja',
  cookies: 'Küpsised',
  storage: 'Salvestus',
  hosts: 'Teenused',
  vendors: 'Andmete saajad',
  duration: 'Valik kehtib',
  days: { one: '{n} ööpäev', other: '{n} ööpäeva' },
  save: 'Salvesta eelistused',
  close: 'Sulge',
  settings: 'Privaatsusseaded',
  categories: {
    necessary: { title: 'Vajalikud', description: 'Ostukorv, sisselogimine, turvalisus ja see valik.' },
    functional: { title: 'Funktsionaalsed', description: 'Funktsioonid nagu vestlus, keel ja piirkond.' },
    preferences: { title: 'Eelistused', description: 'Jätab meelde seaded, nagu keel ja piirkond.' },
    analytics: { title: 'Analüütika', description: 'Loendab külastusi, et saaksime saiti parandada.' },
    marketing: { title: 'Turundus', description: 'Asjakohased reklaamid siin ja teistel saitidel.' },
    location: { title: 'Täpne asukoht', description: 'Teie täpne asukoht, et näidata lähimaid kauplusi ja tarneviise.' }
  }
}
export default et
