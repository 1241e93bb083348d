import type { Strings } from '../strings'

/** Irish, singular address (tú), which Irish uses for every reader; terms as europa.eu and tearma.ie give them: fianáin, toiliú, beartas príobháideachais. */
const ga: Strings = {
  title: 'Tá meas againn ar do phríobháideachas',
  text: 'Úsáidimid fianáin agus teicneolaíochtaí comhchosúla chun an suíomh seo a rith agus, má thoilíonn tú, chun cuairteanna a thomhas agus fógraí ábhartha a thaispeáint. Is féidir leat do rogha a athrú am ar bith.',
  policy: 'Beartas príobháideachais',
  gpc: 'Seolann do bhrabhsálaí comhartha Global Privacy Control (GPC) agus cloímid leis: fanann na catagóirí a dhíolann nó a chomhroinneann do shonraí múchta mura gcasann tú féin air iad.',
  acceptAll: 'Glac le gach ceann',
  rejectAll: 'Diúltaigh do gach ceann',
  manage: 'Bainistigh roghanna',

  optOutTitle: 'Do roghanna príobháideachais',
  optOutText: 'Úsáidimid fianáin agus teicneolaíochtaí comhchosúla chun an suíomh seo a rith, cuairteanna a thomhas agus fógraí ábhartha a thaispeáint. Faoi dhlíthe roinnt stát sna Stáit Aontaithe, d’fhéadfaí comhroinnt sonraí lenár gcomhpháirtithe fógraíochta a mheas mar dhíol nó mar chomhroinnt faisnéise pearsanta. Is féidir leat diúltú dó am ar bith.',
  doNotSell: 'Ná díol ná comhroinn m’fhaisnéis phearsanta',
  gpcHonoured: 'Sheol do bhrabhsálaí comhartha Global Privacy Control (GPC) agus chloíomar leis: ní dhíolaimid ná ní chomhroinnimid d’fhaisnéis phearsanta.',

  ageTitle: 'Cén aois thú?',
  ageText: 'Ní mór do thuismitheoir nó do chaomhnóir toiliú le fianáin thar ceann leanaí atá faoi bhun {age}.',
  ageAdult: 'Tá mé {age} nó níos sine',
  ageMinor: 'Tá mé faoi bhun {age}',
  minorText: 'Níl ach na fianáin fíor-riachtanacha ar siúl. Is féidir le tuismitheoir nó caomhnóir na roghanna eile a athbhreithniú duit.',
  guardian: 'Is tuismitheoir nó caomhnóir mé',
  guardianNote: 'Tá tú ag roghnú mar thuismitheoir nó mar chaomhnóir linbh atá faoi bhun {age}.',

  prefsTitle: 'Roghanna príobháideachais',
  prefsText: 'Roghnaigh a gceadaíonn tú. Coinníonn fianáin riachtanacha an suíomh ag obair agus bíonn siad ar siúl i gcónaí.',
  required: 'Ar siúl i gcónaí',
  gpcBadge: 'Múchta de bharr do chomhartha GPC',
  sensitive: 'Sonraí íogaire',
  sensitiveConfirm: 'Úsáideann an chatagóir seo faisnéis phearsanta íogair. Ná cas air í ach amháin má thugann tú toiliú ar leith don úsáid seo.',
  sensitiveYes: 'Tugaim mo thoiliú ar leith',
  sensitiveNo: 'Coinnigh múchta',
  cookies: 'Fianáin',
  storage: 'Stóráil',
  hosts: 'Seirbhísí',
  vendors: 'Comhroinnte le',
  duration: 'Coinnítear an rogha ar feadh',
  days: { one: '{n} lá', two: '{n} lá', few: '{n} lá', many: '{n} lá', other: '{n} lá' },
  save: 'Sábháil roghanna',
  close: 'Dún',
  settings: 'Socruithe príobháideachais',
  categories: {
    necessary: { title: 'Riachtanach', description: 'Ciseán, logáil isteach, slándáil agus an rogha seo.' },
    functional: { title: 'Feidhmiúil', description: 'Gnéithe ar nós comhrá, teanga agus réigiún.' },
    preferences: { title: 'Roghanna', description: 'Cuimhníonn sé ar shocruithe ar nós teanga agus réigiún.' },
    analytics: { title: 'Anailísíocht', description: 'Comhaireann sé cuairteanna ionas gur féidir linn an suíomh a fheabhsú.' },
    marketing: { title: 'Margaíocht', description: 'Fógraí ábhartha anseo agus ar shuíomhanna eile.' },
    location: { title: 'Láthair bheacht', description: 'Do láthair bheacht, chun siopaí in aice láimhe agus roghanna seachadta a thaispeáint.' }
  }
}
export default ga
