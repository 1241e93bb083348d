import type { Strings } from '../strings'

/** Romanian, formal address (dumneavoastră, written dvs.); ANSPDCP wording: cookie-uri, consimțământ, date personale, politica de confidențialitate. */
const ro: Strings = {
  title: 'Vă respectăm confidențialitatea',
  text: 'Folosim cookie-uri și tehnologii similare pentru funcționarea acestui site și, dacă sunteți de acord, pentru a măsura vizitele și a afișa reclame relevante. Vă puteți schimba oricând alegerea.',
  policy: 'Politica de confidențialitate',
  gpc: 'Browserul dvs. trimite un semnal Global Privacy Control (GPC) și îl respectăm: categoriile care vând sau partajează datele dvs. rămân dezactivate dacă nu le activați chiar dvs.',
  acceptAll: 'Acceptă toate',
  rejectAll: 'Respinge toate',
  manage: 'Gestionează preferințele',

  optOutTitle: 'Opțiunile dvs. de confidențialitate',
  optOutText: 'Folosim cookie-uri și tehnologii similare pentru funcționarea acestui site, măsurarea vizitelor și afișarea de reclame relevante. Conform legilor unor state din SUA, partajarea datelor cu partenerii noștri de publicitate poate fi considerată vânzare sau partajare de informații personale. Puteți renunța oricând.',
  doNotSell: 'Nu vinde și nu partaja informațiile mele personale',
  gpcHonoured: 'Browserul dvs. a trimis un semnal Global Privacy Control (GPC) și l-am respectat: nu vindem și nu partajăm informațiile dvs. personale.',

  ageTitle: 'Câți ani aveți?',
  ageText: 'Pentru copiii sub {age} ani, acordul pentru cookie-uri trebuie dat de un părinte sau tutore.',
  ageAdult: 'Am {age} ani sau mai mult',
  ageMinor: 'Am sub {age} ani',
  minorText: 'Sunt active doar cookie-urile strict necesare. Un părinte sau tutore poate analiza celelalte opțiuni în locul dvs.',
  guardian: 'Sunt părinte sau tutore',
  guardianNote: 'Alegeți în calitate de părinte sau tutore al unui copil sub {age} ani.',

  prefsTitle: 'Preferințe de confidențialitate',
  prefsText: 'Alegeți ce permiteți. Cookie-urile necesare asigură funcționarea site-ului și sunt mereu active.',
  required: 'Mereu activ',
  gpcBadge: 'Dezactivat de semnalul dvs. GPC',
  sensitive: 'Date sensibile',
  sensitiveConfirm: 'Această categorie folosește informații personale sensibile. Activați-o doar dacă vă dați consimțământul separat pentru această utilizare.',
  sensitiveYes: 'Îmi dau consimțământul separat',
  sensitiveNo: 'Lasă dezactivat',
  cookies: 'Cookie-uri',
  storage: 'Stocare',
  hosts: 'Servicii',
  vendors: 'Destinatari',
  duration: 'Alegere păstrată',
  days: { one: '{n} zi', few: '{n} zile', other: '{n} de zile' },
  save: 'Salvează preferințele',
  close: 'Închide',
  settings: 'Setări de confidențialitate',
  categories: {
    necessary: { title: 'Necesare', description: 'Coș, autentificare, securitate și această alegere.' },
    functional: { title: 'Funcționale', description: 'Funcții precum chat, limbă și regiune.' },
    preferences: { title: 'Preferințe', description: 'Rețin setări precum limba și regiunea.' },
    analytics: { title: 'Analitice', description: 'Numără vizitele ca să putem îmbunătăți site-ul.' },
    marketing: { title: 'Publicitare', description: 'Reclame relevante aici și pe alte site-uri.' },
    location: { title: 'Locație precisă', description: 'Locația dvs. exactă, pentru a afișa magazinele din apropiere și opțiunile de livrare.' }
  }
}
export default ro
