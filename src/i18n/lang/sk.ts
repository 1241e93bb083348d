import type { Strings } from '../strings'

/** Slovak, formal address (vykanie, lowercase vy / váš as Slovak shops write); ÚOOÚ SR wording: súbory cookie, súhlas, osobné údaje, zákonný zástupca. */
const sk: Strings = {
  title: 'Záleží nám na vašom súkromí',
  text: 'Používame súbory cookie a podobné technológie, aby táto stránka fungovala, a s vaším súhlasom aj na meranie návštevnosti a zobrazovanie relevantných reklám. Svoju voľbu môžete kedykoľvek zmeniť.',
  policy: 'Zásady ochrany osobných údajov',
  gpc: 'Váš prehliadač odosiela signál Global Privacy Control (GPC) a my ho rešpektujeme: kategórie, ktoré predávajú alebo zdieľajú vaše údaje, zostanú vypnuté, kým ich sami nezapnete.',
  acceptAll: 'Prijať všetko',
  rejectAll: 'Odmietnuť všetko',
  manage: 'Spravovať predvoľby',

  optOutTitle: 'Vaše voľby ochrany súkromia',
  optOutText: 'Používame súbory cookie a podobné technológie, aby táto stránka fungovala, na meranie návštevnosti a zobrazovanie relevantných reklám. Zdieľanie údajov s našimi reklamnými partnermi sa podľa zákonov niektorých štátov USA môže považovať za predaj alebo zdieľanie osobných údajov. Kedykoľvek to môžete odmietnuť.',
  doNotSell: 'Nepredávať ani nezdieľať moje osobné údaje',
  gpcHonoured: 'Váš prehliadač odoslal signál Global Privacy Control (GPC) a my sme ho rešpektovali: vaše osobné údaje nepredávame ani nezdieľame.',

  ageTitle: 'Koľko máte rokov?',
  ageText: 'Za deti mladšie ako {age} rokov musí súhlas so súbormi cookie udeliť rodič alebo zákonný zástupca.',
  ageAdult: 'Mám aspoň {age} rokov',
  ageMinor: 'Mám menej ako {age} rokov',
  minorText: 'Zapnuté sú len nevyhnutné súbory cookie. Ostatné voľby za vás môže skontrolovať rodič alebo zákonný zástupca.',
  guardian: 'Som rodič alebo zákonný zástupca',
  guardianNote: 'Vyberáte ako rodič alebo zákonný zástupca dieťaťa mladšieho ako {age} rokov.',

  prefsTitle: 'Predvoľby súkromia',
  prefsText: 'Vyberte, čo povolíte. Nevyhnutné súbory cookie zabezpečujú fungovanie stránky a sú vždy zapnuté.',
  required: 'Vždy zapnuté',
  gpcBadge: 'Vypnuté vaším signálom GPC',
  sensitive: 'Citlivé údaje',
  sensitiveConfirm: 'Táto kategória využíva citlivé osobné údaje. Zapnite ju, len ak na toto použitie dávate samostatný súhlas.',
  sensitiveYes: 'Dávam samostatný súhlas',
  sensitiveNo: 'Nechať vypnuté',
  cookies: 'Súbory cookie',
  storage: 'Úložisko',
  hosts: 'Služby',
  vendors: 'Príjemcovia',
  duration: 'Voľba platí',
  days: { one: '{n} deň', few: '{n} dni', other: '{n} dní' },
  save: 'Uložiť predvoľby',
  close: 'Zavrieť',
  settings: 'Nastavenia súkromia',
  categories: {
    necessary: { title: 'Nevyhnutné', description: 'Košík, prihlásenie, zabezpečenie a táto voľba.' },
    functional: { title: 'Funkčné', description: 'Funkcie ako chat, jazyk a región.' },
    preferences: { title: 'Predvoľby', description: 'Pamätajú si nastavenia, ako je jazyk a región.' },
    analytics: { title: 'Analytické', description: 'Počítajú návštevy, aby sme mohli stránku zlepšovať.' },
    marketing: { title: 'Marketingové', description: 'Relevantné reklamy tu aj na iných stránkach.' },
    location: { title: 'Presná poloha', description: 'Vaša presná poloha, aby sme vám ukázali predajne v okolí a možnosti doručenia.' }
  }
}
export default sk
