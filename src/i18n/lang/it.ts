import type { Strings } from '../strings'

/** Italian, informal address (tu) as Italian shops write banners; Garante wording: Accetta tutto / Rifiuta tutto, Informativa sulla privacy. */
const it: Strings = {
  title: 'Rispettiamo la tua privacy',
  text: 'Usiamo cookie e tecnologie simili per far funzionare questo sito e, con il tuo consenso, per misurare le visite e mostrarti annunci pertinenti. Puoi modificare la tua scelta in qualsiasi momento.',
  policy: 'Informativa sulla privacy',
  gpc: 'Il tuo browser invia un segnale Global Privacy Control (GPC) e lo rispettiamo: le categorie che vendono o condividono i tuoi dati restano disattivate, a meno che non le attivi tu.',
  acceptAll: 'Accetta tutto',
  rejectAll: 'Rifiuta tutto',
  manage: 'Gestisci preferenze',

  optOutTitle: 'Le tue scelte sulla privacy',
  optOutText: 'Usiamo cookie e tecnologie simili per far funzionare questo sito, misurare le visite e mostrare annunci pertinenti. Secondo le leggi di alcuni Stati USA, la condivisione di dati con i nostri partner pubblicitari può costituire una vendita o condivisione di informazioni personali. Puoi opporti in qualsiasi momento.',
  doNotSell: 'Non vendere né condividere le mie informazioni personali',
  gpcHonoured: 'Il tuo browser ha inviato un segnale Global Privacy Control (GPC) e lo abbiamo rispettato: non vendiamo né condividiamo le tue informazioni personali.',

  ageTitle: 'Quanti anni hai?',
  ageText: 'Per i minori di {age} anni, il consenso ai cookie deve darlo un genitore o tutore.',
  ageAdult: 'Ho {age} anni o più',
  ageMinor: 'Ho meno di {age} anni',
  minorText: 'Sono attivi solo i cookie strettamente necessari. Un genitore o tutore può rivedere le altre scelte per te.',
  guardian: 'Sono un genitore o tutore',
  guardianNote: 'Stai scegliendo come genitore o tutore di un minore di {age} anni.',

  prefsTitle: 'Preferenze privacy',
  prefsText: 'Scegli cosa consentire. I cookie necessari fanno funzionare il sito e sono sempre attivi.',
  required: 'Sempre attivi',
  gpcBadge: 'Disattivata dal tuo segnale GPC',
  sensitive: 'Dati sensibili',
  sensitiveConfirm: 'Questa categoria usa informazioni personali sensibili. Attivala solo se dai il tuo consenso separato a questo utilizzo.',
  sensitiveYes: 'Do il mio consenso separato',
  sensitiveNo: 'Lascia disattivata',
  cookies: 'Cookie',
  storage: 'Archiviazione',
  hosts: 'Servizi',
  vendors: 'Condiviso con',
  duration: 'Scelta conservata per',
  days: { one: '{n} giorno', other: '{n} giorni' },
  save: 'Salva preferenze',
  close: 'Chiudi',
  settings: 'Impostazioni privacy',
  categories: {
    necessary: { title: 'Necessari', description: 'Carrello, accesso, sicurezza e questa scelta.' },
    functional: { title: 'Funzionali', description: 'Funzioni come chat, lingua e paese.' },
    preferences: { title: 'Preferenze', description: 'Ricorda impostazioni come lingua e paese.' },
    analytics: { title: 'Statistiche', description: 'Conta le visite per aiutarci a migliorare il sito.' },
    marketing: { title: 'Pubblicità', description: 'Annunci pertinenti qui e su altri siti.' },
    location: { title: 'Posizione precisa', description: 'La tua posizione esatta, per mostrarti negozi vicini e opzioni di consegna.' }
  }
}
export default it
