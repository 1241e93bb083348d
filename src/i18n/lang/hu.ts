import type { Strings } from '../strings'

/** Hungarian, formal address (Ön); NAIH wording: sütik, hozzájárulás, személyes adatok, adatvédelmi tájékoztató. */
const hu: Strings = {
  title: 'Fontos nekünk az Ön magánszférája',
  text: 'Sütiket és hasonló technológiákat használunk a webhely működtetéséhez, valamint – ha hozzájárul – a látogatások méréséhez és releváns hirdetések megjelenítéséhez. Döntését bármikor módosíthatja.',
  policy: 'Adatvédelmi tájékoztató',
  gpc: 'Böngészője Global Privacy Control (GPC) jelzést küld, amelyet tiszteletben tartunk: az adatait eladó vagy megosztó kategóriák kikapcsolva maradnak, hacsak Ön be nem kapcsolja őket.',
  acceptAll: 'Összes elfogadása',
  rejectAll: 'Összes elutasítása',
  manage: 'Beállítások kezelése',

  optOutTitle: 'Az Ön adatvédelmi választásai',
  optOutText: 'Sütiket és hasonló technológiákat használunk a webhely működtetéséhez, a látogatások méréséhez és releváns hirdetések megjelenítéséhez. Egyes amerikai államok törvényei szerint az adatok megosztása hirdetési partnereinkkel személyes adatok eladásának vagy megosztásának minősülhet. Ezt bármikor megtilthatja.',
  doNotSell: 'Ne adják el és ne osszák meg a személyes adataimat',
  gpcHonoured: 'Böngészője Global Privacy Control (GPC) jelzést küldött, és mi tiszteletben tartottuk: nem adjuk el és nem osztjuk meg személyes adatait.',

  ageTitle: 'Hány éves Ön?',
  ageText: 'A {age} év alatti gyermekek nevében a szülőnek vagy gyámnak kell hozzájárulnia a sütikhez.',
  ageAdult: '{age} éves vagy idősebb vagyok',
  ageMinor: 'Még nem vagyok {age} éves',
  minorText: 'Csak a feltétlenül szükséges sütik aktívak. A többi beállítást szülője vagy gyámja tekintheti át Ön helyett.',
  guardian: 'Szülő vagy gyám vagyok',
  guardianNote: 'Ön egy {age} év alatti gyermek szülőjeként vagy gyámjaként dönt.',

  prefsTitle: 'Adatvédelmi beállítások',
  prefsText: 'Válassza ki, mit engedélyez. A szükséges sütik a webhely működéséhez kellenek, és mindig aktívak.',
  required: 'Mindig aktív',
  gpcBadge: 'GPC-jelzése miatt kikapcsolva',
  sensitive: 'Érzékeny adatok',
  sensitiveConfirm: 'Ez a kategória érzékeny személyes adatokat használ. Csak akkor kapcsolja be, ha ehhez a felhasználáshoz külön hozzájárulását adja.',
  sensitiveYes: 'Külön hozzájárulásomat adom',
  sensitiveNo: 'Maradjon kikapcsolva',
  cookies: 'Sütik',
  storage: 'Tárhely',
  hosts: 'Szolgáltatások',
  vendors: 'Címzettek',
  duration: 'Döntés érvényessége',
  days: { one: '{n} nap', other: '{n} nap' },
  save: 'Beállítások mentése',
  close: 'Bezárás',
  settings: 'Adatvédelmi beállítások',
  categories: {
    necessary: { title: 'Szükséges', description: 'Kosár, bejelentkezés, biztonság és ez a döntés.' },
    functional: { title: 'Funkcionális', description: 'Funkciók, például chat, nyelv és régió.' },
    preferences: { title: 'Preferenciák', description: 'Megjegyzi a beállításokat, például a nyelvet és a régiót.' },
    analytics: { title: 'Statisztika', description: 'Számolja a látogatásokat, hogy fejleszthessük a webhelyet.' },
    marketing: { title: 'Marketing', description: 'Releváns hirdetések itt és más webhelyeken.' },
    location: { title: 'Pontos helyadatok', description: 'Az Ön pontos helye a közeli üzletek és szállítási lehetőségek megjelenítéséhez.' }
  }
}
export default hu
