import type { Strings } from '../strings'

/** Polish, informal address with the capitalised Ty / Twój of Polish shop copy; UODO wording: pliki cookie, zgoda, dane osobowe, polityka prywatności. */
const pl: Strings = {
  title: 'Szanujemy Twoją prywatność',
  text: 'Używamy plików cookie i podobnych technologii, aby ta strona działała, a za Twoją zgodą – także do mierzenia odwiedzin i wyświetlania dopasowanych reklam. Możesz w każdej chwili zmienić swój wybór.',
  policy: 'Polityka prywatności',
  gpc: 'Twoja przeglądarka wysyła sygnał Global Privacy Control (GPC), który respektujemy: kategorie, które sprzedają lub udostępniają Twoje dane, pozostają wyłączone, chyba że włączysz je samodzielnie.',
  acceptAll: 'Akceptuj wszystkie',
  rejectAll: 'Odrzuć wszystkie',
  manage: 'Zarządzaj ustawieniami',

  optOutTitle: 'Twoje wybory dotyczące prywatności',
  optOutText: 'Używamy plików cookie i podobnych technologii, aby ta strona działała, do mierzenia odwiedzin i wyświetlania dopasowanych reklam. Według przepisów niektórych stanów USA udostępnianie danych naszym partnerom reklamowym może być uznane za sprzedaż lub udostępnianie danych osobowych. Możesz w każdej chwili z tego zrezygnować.',
  doNotSell: 'Nie sprzedawaj ani nie udostępniaj moich danych osobowych',
  gpcHonoured: 'Twoja przeglądarka wysłała sygnał Global Privacy Control (GPC) i go uwzględniliśmy: nie sprzedajemy ani nie udostępniamy Twoich danych osobowych.',

  ageTitle: 'Ile masz lat?',
  ageText: 'Za dzieci poniżej {age} lat zgodę na pliki cookie musi wyrazić rodzic lub opiekun prawny.',
  ageAdult: 'Mam co najmniej {age} lat',
  ageMinor: 'Mam mniej niż {age} lat',
  minorText: 'Włączone są tylko niezbędne pliki cookie. Rodzic lub opiekun prawny może przejrzeć pozostałe ustawienia za Ciebie.',
  guardian: 'Jestem rodzicem lub opiekunem prawnym',
  guardianNote: 'Wybierasz jako rodzic lub opiekun prawny dziecka poniżej {age} lat.',

  prefsTitle: 'Ustawienia prywatności',
  prefsText: 'Wybierz, na co się zgadzasz. Niezbędne pliki cookie zapewniają działanie strony i są zawsze włączone.',
  required: 'Zawsze aktywne',
  gpcBadge: 'Wyłączone przez sygnał GPC',
  sensitive: 'Dane wrażliwe',
  sensitiveConfirm: 'Ta kategoria wykorzystuje wrażliwe dane osobowe. Włącz ją tylko wtedy, gdy wyrażasz odrębną zgodę na takie wykorzystanie.',
  sensitiveYes: 'Wyrażam odrębną zgodę',
  sensitiveNo: 'Pozostaw wyłączone',
  cookies: 'Pliki cookie',
  storage: 'Pamięć lokalna',
  hosts: 'Usługi',
  vendors: 'Odbiorcy danych',
  duration: 'Wybór ważny przez',
  days: { one: '{n} dzień', few: '{n} dni', many: '{n} dni', other: '{n} dni' },
  save: 'Zapisz ustawienia',
  close: 'Zamknij',
  settings: 'Ustawienia prywatności',
  categories: {
    necessary: { title: 'Niezbędne', description: 'Koszyk, logowanie, bezpieczeństwo i ten wybór.' },
    functional: { title: 'Funkcjonalne', description: 'Funkcje takie jak czat, język i region.' },
    preferences: { title: 'Preferencje', description: 'Zapamiętują ustawienia, np. język i region.' },
    analytics: { title: 'Analityczne', description: 'Zliczają odwiedziny, abyśmy mogli ulepszać stronę.' },
    marketing: { title: 'Marketingowe', description: 'Dopasowane reklamy tutaj i na innych stronach.' },
    location: { title: 'Dokładna lokalizacja', description: 'Twoja dokładna lokalizacja, aby pokazać pobliskie sklepy i opcje dostawy.' }
  }
}
export default pl
