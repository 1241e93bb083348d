import type { Strings } from '../strings'

/** French, formal address (vous), CNIL wording (Tout accepter / Tout refuser, mesure d’audience); non-breaking spaces before : and ?. */
const fr: Strings = {
  title: 'Nous respectons votre vie privée',
  text: 'Nous utilisons des cookies et technologies similaires pour faire fonctionner ce site et, avec votre accord, mesurer l’audience et afficher des publicités pertinentes. Vous pouvez modifier votre choix à tout moment.',
  policy: 'Politique de confidentialité',
  gpc: 'Votre navigateur envoie un signal Global Privacy Control (GPC) et nous le respectons : les catégories qui vendent ou partagent vos données restent désactivées, sauf si vous les activez.',
  acceptAll: 'Tout accepter',
  rejectAll: 'Tout refuser',
  manage: 'Gérer les préférences',

  optOutTitle: 'Vos choix de confidentialité',
  optOutText: 'Nous utilisons des cookies et technologies similaires pour faire fonctionner ce site, mesurer l’audience et afficher des publicités pertinentes. Selon les lois de certains États américains, le partage de données avec nos partenaires publicitaires peut constituer une vente ou un partage d’informations personnelles. Vous pouvez vous y opposer à tout moment.',
  doNotSell: 'Ne pas vendre ni partager mes informations personnelles',
  gpcHonoured: 'Votre navigateur a envoyé un signal Global Privacy Control (GPC) et nous l’avons respecté : nous ne vendons ni ne partageons vos informations personnelles.',

  ageTitle: 'Quel âge avez-vous ?',
  ageText: 'Pour les enfants de moins de {age} ans, un parent ou un tuteur doit accepter les cookies à leur place.',
  ageAdult: 'J’ai {age} ans ou plus',
  ageMinor: 'J’ai moins de {age} ans',
  minorText: 'Seuls les cookies strictement nécessaires sont activés. Un parent ou un tuteur peut examiner les autres choix pour vous.',
  guardian: 'Je suis parent ou tuteur',
  guardianNote: 'Vous choisissez en tant que parent ou tuteur d’un enfant de moins de {age} ans.',

  prefsTitle: 'Préférences de confidentialité',
  prefsText: 'Choisissez ce que vous autorisez. Les cookies nécessaires font fonctionner le site et sont toujours actifs.',
  required: 'Toujours actif',
  gpcBadge: 'Désactivé par votre signal GPC',
  sensitive: 'Données sensibles',
  sensitiveConfirm: 'Cette catégorie utilise des informations personnelles sensibles. Ne l’activez que si vous donnez votre consentement distinct à cet usage.',
  sensitiveYes: 'Je donne mon consentement distinct',
  sensitiveNo: 'Laisser désactivé',
  cookies: 'Cookies',
  storage: 'Stockage',
  hosts: 'Services',
  vendors: 'Partagé avec',
  duration: 'Choix conservé pendant',
  days: { one: '{n} jour', other: '{n} jours' },
  save: 'Enregistrer les préférences',
  close: 'Fermer',
  settings: 'Paramètres de confidentialité',
  categories: {
    necessary: { title: 'Nécessaires', description: 'Panier, connexion, sécurité et ce choix.' },
    functional: { title: 'Fonctionnels', description: 'Fonctions comme le chat, la langue et la région.' },
    preferences: { title: 'Préférences', description: 'Mémorise vos réglages, comme la langue et la région.' },
    analytics: { title: 'Mesure d’audience', description: 'Compte les visites pour nous aider à améliorer le site.' },
    marketing: { title: 'Publicité', description: 'Publicités pertinentes ici et sur d’autres sites.' },
    location: { title: 'Localisation précise', description: 'Votre position exacte, pour afficher les magasins proches et les options de livraison.' }
  }
}
export default fr
