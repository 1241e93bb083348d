import type { Strings } from '../strings'

/** Czech, formal address (vykání, lowercase vy / váš as Czech shops write); ÚOOÚ wording: soubory cookie, souhlas, osobní údaje, zákonný zástupce. */
const cs: Strings = {
  title: 'Záleží nám na vašem soukromí',
  text: 'Používáme soubory cookie a podobné technologie, aby tento web fungoval, a s vaším souhlasem také k měření návštěvnosti a zobrazování relevantních reklam. Svou volbu můžete kdykoli změnit.',
  policy: 'Zásady ochrany osobních údajů',
  gpc: 'Váš prohlížeč odesílá signál Global Privacy Control (GPC) a my ho respektujeme: kategorie, které prodávají nebo sdílejí vaše údaje, zůstanou vypnuté, dokud je sami nezapnete.',
  acceptAll: 'Přijmout vše',
  rejectAll: 'Odmítnout vše',
  manage: 'Spravovat předvolby',

  optOutTitle: 'Vaše volby ochrany soukromí',
  optOutText: 'Používáme soubory cookie a podobné technologie, aby tento web fungoval, k měření návštěvnosti a zobrazování relevantních reklam. Sdílení údajů s našimi reklamními partnery se podle zákonů některých států USA může považovat za prodej nebo sdílení osobních údajů. Kdykoli to můžete odmítnout.',
  doNotSell: 'Neprodávat ani nesdílet mé osobní údaje',
  gpcHonoured: 'Váš prohlížeč odeslal signál Global Privacy Control (GPC) a my jsme ho respektovali: vaše osobní údaje neprodáváme ani nesdílíme.',

  ageTitle: 'Kolik vám je let?',
  ageText: 'Za děti mladší {age} let musí souhlas se soubory cookie udělit rodič nebo zákonný zástupce.',
  ageAdult: 'Je mi {age} let nebo více',
  ageMinor: 'Je mi méně než {age} let',
  minorText: 'Zapnuté jsou jen nezbytně nutné soubory cookie. Ostatní volby za vás může projít rodič nebo zákonný zástupce.',
  guardian: 'Jsem rodič nebo zákonný zástupce',
  guardianNote: 'Volíte jako rodič nebo zákonný zástupce dítěte mladšího {age} let.',

  prefsTitle: 'Předvolby soukromí',
  prefsText: 'Vyberte, co povolíte. Nezbytné soubory cookie zajišťují fungování webu a jsou vždy zapnuté.',
  required: 'Vždy zapnuto',
  gpcBadge: 'Vypnuto vaším signálem GPC',
  sensitive: 'Citlivé údaje',
  sensitiveConfirm: 'Tato kategorie využívá citlivé osobní údaje. Zapněte ji, jen pokud k tomuto použití dáváte samostatný souhlas.',
  sensitiveYes: 'Dávám samostatný souhlas',
  sensitiveNo: 'Nechat vypnuté',
  cookies: 'Soubory cookie',
  storage: 'Úložiště',
  hosts: 'Služby',
  vendors: 'Příjemci',
  duration: 'Volba platí',
  days: { one: '{n} den', few: '{n} dny', other: '{n} dnů' },
  save: 'Uložit předvolby',
  close: 'Zavřít',
  settings: 'Nastavení soukromí',
  categories: {
    necessary: { title: 'Nezbytné', description: 'Košík, přihlášení, zabezpečení a tato volba.' },
    functional: { title: 'Funkční', description: 'Funkce jako chat, jazyk a region.' },
    preferences: { title: 'Předvolby', description: 'Pamatují si nastavení, jako je jazyk a region.' },
    analytics: { title: 'Analytické', description: 'Počítají návštěvy, abychom mohli web zlepšovat.' },
    marketing: { title: 'Marketingové', description: 'Relevantní reklamy zde i na jiných webech.' },
    location: { title: 'Přesná poloha', description: 'Vaše přesná poloha, abychom vám ukázali blízké prodejny a možnosti doručení.' }
  }
}
export default cs
