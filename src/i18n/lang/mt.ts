import type { Strings } from '../strings'

/** Maltese, singular address (int) as Maltese sites write; terms as europa.eu and the IDPC use them: cookies, kunsens, privatezza, data personali. */
const mt: Strings = {
  title: 'Nirrispettaw il-privatezza tiegħek',
  text: 'Nużaw il-cookies u teknoloġiji simili biex dan is-sit jaħdem u, jekk taqbel, biex inkejlu ż-żjarat u nuru reklami rilevanti. Tista’ tibdel l-għażla tiegħek meta trid.',
  policy: 'Politika tal-privatezza',
  gpc: 'Il-brawżer tiegħek jibgħat sinjal Global Privacy Control (GPC) u aħna nirrispettawh: il-kategoriji li jbigħu jew jaqsmu d-data tiegħek jibqgħu mitfija sakemm ma tixgħelhomx int.',
  acceptAll: 'Aċċetta kollox',
  rejectAll: 'Irrifjuta kollox',
  manage: 'Immaniġġja l-preferenzi',

  optOutTitle: 'L-għażliet tiegħek dwar il-privatezza',
  optOutText: 'Nużaw il-cookies u teknoloġiji simili biex dan is-sit jaħdem, inkejlu ż-żjarat u nuru reklami rilevanti. Skont il-liġijiet ta’ xi stati tal-Istati Uniti, il-qsim tad-data mal-imsieħba tagħna tar-reklamar jista’ jitqies bħala bejgħ jew qsim ta’ informazzjoni personali. Tista’ tirrifjuta dan meta trid.',
  doNotSell: 'Tbigħx u taqsamx l-informazzjoni personali tiegħi',
  gpcHonoured: 'Il-brawżer tiegħek bagħat sinjal Global Privacy Control (GPC) u aħna rrispettajnih: ma nbigħux u ma naqsmux l-informazzjoni personali tiegħek.',

  ageTitle: 'Kemm għandek żmien?',
  ageText: 'Għat-tfal taħt l-età ta’ {age} sena, ġenitur jew tutur irid jagħti l-kunsens għall-cookies f’isimhom.',
  ageAdult: 'Għandi {age} sena jew aktar',
  ageMinor: 'Għandi inqas minn {age} sena',
  minorText: 'Huma mixgħula biss il-cookies strettament meħtieġa. Ġenitur jew tutur jista’ jirrevedi l-għażliet l-oħra għalik.',
  guardian: 'Jien ġenitur jew tutur',
  guardianNote: 'Qed tagħżel bħala ġenitur jew tutur ta’ minuri taħt l-età ta’ {age} sena.',

  prefsTitle: 'Preferenzi tal-privatezza',
  prefsText: 'Agħżel x’tippermetti. Il-cookies meħtieġa jżommu s-sit jaħdem u huma dejjem mixgħula.',
  required: 'Dejjem mixgħul',
  gpcBadge: 'Mitfi minħabba s-sinjal GPC tiegħek',
  sensitive: 'Data sensittiva',
  sensitiveConfirm: 'Din il-kategorija tuża informazzjoni personali sensittiva. Ixgħelha biss jekk tagħti l-kunsens separat tiegħek għal dan l-użu.',
  sensitiveYes: 'Nagħti l-kunsens separat tiegħi',
  sensitiveNo: 'Ħalliha mitfija',
  cookies: 'Cookies',
  storage: 'Ħażna',
  hosts: 'Servizzi',
  vendors: 'Jinqasmu ma’',
  duration: 'L-għażla tinżamm għal',
  days: { one: '{n} jum', two: '{n} ijiem', few: '{n} ijiem', many: '{n} jum', other: '{n} jum' },
  save: 'Aħżen il-preferenzi',
  close: 'Agħlaq',
  settings: 'Issettjar tal-privatezza',
  categories: {
    necessary: { title: 'Meħtieġa', description: 'Il-basket, id-dħul fil-kont, is-sigurtà u din l-għażla.' },
    functional: { title: 'Funzjonali', description: 'Funzjonijiet bħaċ-chat, il-lingwa u r-reġjun.' },
    preferences: { title: 'Preferenzi', description: 'Jiftakru l-issettjar bħall-lingwa u r-reġjun.' },
    analytics: { title: 'Analitika', description: 'Jgħoddu ż-żjarat biex intejbu s-sit.' },
    marketing: { title: 'Reklamar', description: 'Reklami rilevanti hawn u fuq siti oħra.' },
    location: { title: 'Post preċiż', description: 'Il-post eżatt tiegħek, biex nuruk ħwienet fil-qrib u għażliet ta’ kunsinna.' }
  }
}
export default mt
